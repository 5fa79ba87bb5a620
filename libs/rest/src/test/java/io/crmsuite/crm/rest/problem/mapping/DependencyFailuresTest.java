package io.crmsuite.crm.rest.problem.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smallrye.mutiny.CompositeException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which failures say "a dependency is down" (503), and which dependency; everything else stays a bug (500). */
class DependencyFailuresTest {
    private static final Map<String, String> ENDPOINTS = Map.of(
            "127.0.0.1:15432", DependencyFailures.DATABASE,
            "127.0.0.1:8180", DependencyFailures.IDENTITY_PROVIDER,
            "kafka.internal:9092", DependencyFailures.BROKER);

    @Test
    void aRefusedConnectionIsNamedByItsAddressAlsoWhenWrapped() {
        ConnectException database = new ConnectException("Connection refused: /127.0.0.1:15432");
        assertEquals(DependencyFailures.DATABASE, DependencyFailures.unavailable(database, ENDPOINTS));
        assertEquals(
                DependencyFailures.DATABASE,
                DependencyFailures.unavailable(new CompletionException(new RuntimeException(database)), ENDPOINTS));
        RuntimeException suppressedInside = new RuntimeException("pool failed");
        suppressedInside.addSuppressed(new ConnectException("Connection refused: /127.0.0.1:8180"));
        assertEquals(
                DependencyFailures.IDENTITY_PROVIDER,
                DependencyFailures.unavailable(
                        new CompositeException(new IllegalStateException("x"), suppressedInside), ENDPOINTS));
        assertEquals(
                DependencyFailures.BROKER,
                DependencyFailures.unavailable(
                        new ConnectException("Connection refused: kafka.internal/10.0.0.7:9092"), ENDPOINTS));
        assertEquals(
                DependencyFailures.SERVICE,
                DependencyFailures.unavailable(new ConnectException("Connection refused: /10.9.9.9:8082"), ENDPOINTS));
    }

    @Test
    void otherFailuresAreNoDependencyOutage() {
        assertNull(DependencyFailures.unavailable(new IllegalStateException("a bug"), ENDPOINTS));
        assertNull(DependencyFailures.unavailable(null, ENDPOINTS));
        assertNull(DependencyFailures.unavailable(new NullPointerException(), ENDPOINTS));
        assertNull(DependencyFailures.unavailable(new RuntimeException(new ArithmeticException()), ENDPOINTS));
    }

    @Test
    void theProblemIs503DependencyUnavailableNamingTheDependency() {
        var problem = DependencyFailures.problem(new ConnectException("Connection refused: /10.9.9.9:1"));
        assertEquals(503, problem.status());
        assertEquals("urn:crm:problem:dependency-unavailable", problem.type());
        assertEquals(DependencyFailures.SERVICE, problem.extensions().get("dependency"));
        assertNull(DependencyFailures.problem(new IllegalArgumentException("no")));
    }

    @Test
    void endpointsAreReadFromUrls() {
        assertEquals(
                "127.0.0.1:15432", DependencyFailures.Endpoints.hostAndPort("postgresql://127.0.0.1:15432/crm_lead"));
        assertEquals("keycloak:443", DependencyFailures.Endpoints.hostAndPort("https://keycloak/realms/crm"));
        assertNull(DependencyFailures.Endpoints.hostAndPort("not a url"));
    }
}
