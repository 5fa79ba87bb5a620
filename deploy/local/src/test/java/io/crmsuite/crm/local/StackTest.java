package io.crmsuite.crm.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackTest {
    private final Stack stack = new Stack(StackLayout.discover(Path.of("")));

    @Test
    void groupsExpandInStartOrder() {
        assertEquals(Stack.INFRA, stack.resolve(List.of("infra")));
        assertEquals(stack.resolve(List.of("all")), stack.resolve(List.of()));
        assertTrue(stack.resolve(List.of("all")).containsAll(Stack.INFRA));
        assertEquals(List.of("postgres", "kafka"), stack.resolve(List.of("kafka", "postgres")));
    }

    @Test
    void unknownComponentsAreNamed() {
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> stack.resolve(List.of("kafak")));
        assertTrue(error.getMessage().startsWith("unknown component 'kafak'; known: postgres, kafka"));
    }

    @Test
    void theEnvironmentPointsAtTheStack() {
        var env = stack.environment();
        assertEquals("127.0.0.1", env.get("CRM_POSTGRES_HOST"));
        assertTrue(env.get("CRM_OIDC_ISSUER").endsWith("/realms/crm"), env.get("CRM_OIDC_ISSUER"));
        assertTrue(env.get("CRM_KAFKA_BOOTSTRAP_SERVERS").startsWith("127.0.0.1:"));
        assertTrue(env.containsKey("CRM_GATEWAY_URL"));
    }

    @Test
    void theEnvironmentNamesTheSaslListenerAndItsDemoUser() {
        var env = stack.environment();
        assertTrue(env.get("CRM_KAFKA_SASL_BOOTSTRAP_SERVERS").startsWith("127.0.0.1:"));
        assertFalse(env.get("CRM_KAFKA_SASL_BOOTSTRAP_SERVERS").equals(env.get("CRM_KAFKA_BOOTSTRAP_SERVERS")));
        assertEquals("SCRAM-SHA-512", env.get("CRM_KAFKA_SASL_MECHANISM"));
        assertFalse(env.get("CRM_KAFKA_SASL_USER").isBlank());
        assertFalse(env.get("CRM_KAFKA_SASL_PASSWORD").isBlank());
    }
}
