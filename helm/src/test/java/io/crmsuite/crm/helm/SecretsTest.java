package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrets are referenced, never rendered: no Secret objects, no secret-looking literals, no realm credentials. */
class SecretsTest {

    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(PASSWORD|SECRET|TOKEN|JAAS|CREDENTIAL|PRIVATE_KEY).*");
    /** The local demo credentials of deploy/keycloak/crm-realm.json that must never leave the local stack. */
    private static final List<String> LOCAL_SECRETS = List.of(
            "partner-acme-secret", "crm-api-local-secret", "crm-contact-service-secret", "crm-lead-service-secret");

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noSecretObjectsAreRendered(Scenario scenario) {
        assertEquals(List.of(), Chart.render(scenario).ofKind("Secret"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void secretEnvironmentVariablesComeFromSecretReferences(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            for (JsonNode var : w.envList()) {
                String name = var.path("name").asText();
                if (SECRET_NAME.matcher(name).matches()) {
                    assertFalse(var.has("value"), w.service() + " has a literal " + name);
                    assertFalse(var.at("/valueFrom/secretKeyRef/name").asText().isBlank(), w.service() + " " + name);
                    assertFalse(var.at("/valueFrom/secretKeyRef/key").asText().isBlank(), w.service() + " " + name);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noLocalDemoSecretAppearsAnywhere(Scenario scenario) {
        List<String> found = new ArrayList<>();
        for (Manifest m : Chart.render(scenario).all()) {
            String text = m.node().toString();
            LOCAL_SECRETS.stream().filter(text::contains).forEach(s -> found.add(m.id() + ": " + s));
        }
        assertEquals(List.of(), found);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void realmImportsCarryNoClientSecret(Scenario scenario) {
        for (Manifest m : Chart.render(scenario).ofKind("KeycloakRealmImport")) {
            for (JsonNode client : m.at("/spec/realm/clients")) {
                assertFalse(client.has("secret"), client.path("clientId").asText() + " carries a secret");
            }
        }
    }

    @Test
    void userPasswordsAreImportedOnlyWithTheDemoSwitch() {
        assertFalse(hasUserCredentials(Scenario.overlay("realm-import")));
        assertFalse(hasUserCredentials(Scenario.production()));
        assertTrue(hasUserCredentials(Scenario.overlay("realm-import-demo")));
    }

    private static boolean hasUserCredentials(Scenario scenario) {
        Manifest realm = Chart.render(scenario).ofKind("KeycloakRealmImport").getFirst();
        for (JsonNode user : realm.at("/spec/realm/users")) {
            if (user.has("credentials")) {
                return true;
            }
        }
        return false;
    }
}
