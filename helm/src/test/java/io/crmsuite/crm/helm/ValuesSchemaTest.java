package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * values.schema.json as Helm applies it (helm template fails before rendering): unknown keys and wrong types are
 * rejected, at the top, inside a service and for a misspelt service. Also the checks the schema cannot express.
 */
class ValuesSchemaTest {

    @Test
    void acceptsTheDefaultsAndASetThatFits() {
        assertDoesNotThrow(() -> Chart.template(Scenario.defaults(), Map.of("services.leadService.replicaCount", "3")));
    }

    @Test
    void rejectsAMisspeltTopLevelKey() {
        assertRejected(Map.of("ingres.enabled", "true"), "ingres");
    }

    @Test
    void rejectsAMisspeltKeyInsideAService() {
        assertRejected(Map.of("services.leadService.replicaCont", "2"), "replicaCont");
        assertRejected(Map.of("services.gateway.autoscaling.maxReplica", "5"), "maxReplica");
    }

    @Test
    void rejectsAMisspeltServiceName() {
        // a new entry must be a whole service (enabled, image, ...): a typo of an existing one is not
        assertRejected(Map.of("services.leadServce.replicaCount", "2"), "leadServce");
    }

    @Test
    void rejectsWrongTypes() {
        assertRejected(Map.of("services.leadService.replicaCount", "two"), "replicaCount");
        assertRejected(Map.of("ingress.enabled", "yes"), "enabled");
        assertRejected(Map.of("postgresql.port", "five"), "port");
        assertRejected(Map.of("kafka.securityProtocol", "TLS"), "securityProtocol");
    }

    @Test
    void rejectsTheLatestTag() {
        assertRejected(Map.of("services.gateway.image.tag", "latest"), "tag");
    }

    @Test
    void rejectsCombinationsTheSchemaCannotExpress() {
        assertRejected(
                Map.of("ingress.enabled", "true", "httpRoute.enabled", "true", "httpRoute.parentRefs[0].name", "gw"),
                "choose one exposure");
        assertRejected(Map.of("ingress.enabled", "true", "ingress.tls", "true"), "ingress.existingSecret");
        assertRejected(Map.of("kafka.strimzi.users.enabled", "true"), "securityProtocol");
        assertRejected(Map.of("services.contactService.allowFrom[0]", "nobody"), "nobody");
        assertRejected(Map.of("httpRoute.enabled", "true"), "parentRefs");
    }

    private static void assertRejected(Map<String, String> sets, String expectedInMessage) {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Chart.template(Scenario.defaults(), sets));
        assertTrue(
                e.getMessage().contains(expectedInMessage),
                () -> "the error should name " + expectedInMessage + ": " + e.getMessage());
    }
}
