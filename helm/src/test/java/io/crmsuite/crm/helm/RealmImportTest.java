package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The KeycloakRealmImport is the realm as code (deploy/keycloak/crm-realm.json), with production changes. */
class RealmImportTest {

    private static final Path SOURCE = Path.of("../deploy/keycloak/crm-realm.json");

    @Test
    void theChartsCopyOfTheRealmIsTheRealmAsCode() throws Exception {
        assertEquals(
                Files.readString(SOURCE),
                Files.readString(Chart.DIR.resolve("files/crm-realm.json")),
                "helm/crm-suite/files/crm-realm.json differs from deploy/keycloak/crm-realm.json: copy it again");
    }

    @Test
    void productionImportDropsDemoContentAndClientSecretsAndSetsTheWebClientUrls() {
        ObjectNode expected = (ObjectNode) Yaml.read(SOURCE);
        ArrayNode clients = expected.arrayNode();
        for (JsonNode client : expected.path("clients")) {
            String id = client.path("clientId").asText();
            if (!id.equals("crm-cli") && !id.equals("partner-acme")) {
                ObjectNode kept = ((ObjectNode) client.deepCopy());
                kept.remove("secret");
                if (id.equals("crm-web")) {
                    kept.set("redirectUris", kept.arrayNode().add("https://crm.example.com/*"));
                    kept.set("webOrigins", kept.arrayNode().add("https://crm.example.com"));
                }
                clients.add(kept);
            }
        }
        expected.set("clients", clients);
        // no demo users; the service-account users of the kept clients stay (their roles, e.g. view-users)
        ArrayNode users = expected.arrayNode();
        for (JsonNode user : expected.path("users")) {
            String client = user.path("serviceAccountClientId").asText();
            if (!client.isEmpty() && !client.equals("crm-cli") && !client.equals("partner-acme")) {
                users.add(user.deepCopy());
            }
        }
        expected.set("users", users);

        Manifest realmImport = Chart.render(Scenario.overlay("realm-import"))
                .ofKind("KeycloakRealmImport")
                .getFirst();
        assertEquals(expected, realmImport.at("/spec/realm"));
        assertEquals("keycloak", realmImport.at("/spec/keycloakCRName").asText());
    }

    @Test
    void productionImportKeepsTheDirectoryClientsAndTheirServiceAccountRole() {
        JsonNode realm = Chart.render(Scenario.production())
                .ofKind("KeycloakRealmImport")
                .getFirst()
                .at("/spec/realm");
        List<String> directoryClients = List.of("crm-contact-service", "crm-lead-service");
        // contact-service reads single users; lead-service also reads the members of the sales roles (view-realm)
        java.util.Map<String, String> roles = java.util.Map.of(
                "crm-contact-service", "[\"view-users\"]", "crm-lead-service", "[\"view-users\",\"view-realm\"]");
        for (String clientId : directoryClients) {
            JsonNode client = java.util.stream.StreamSupport.stream(
                            realm.path("clients").spliterator(), false)
                    .filter(c -> c.path("clientId").asText().equals(clientId))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(clientId + " is not imported"));
            assertTrue(client.path("serviceAccountsEnabled").asBoolean());
            assertFalse(client.path("publicClient").asBoolean(true));
            assertFalse(client.has("secret"), "Keycloak generates the secret; the demo one is never imported");
        }
        assertEquals(
                directoryClients.size(),
                realm.path("users").size(),
                realm.path("users").toString());
        List<String> accounts = new java.util.ArrayList<>();
        for (JsonNode account : realm.path("users")) {
            String clientId = account.path("serviceAccountClientId").asText();
            accounts.add(clientId);
            assertEquals(
                    roles.get(clientId),
                    account.at("/clientRoles/realm-management").toString(),
                    clientId);
            assertFalse(account.has("credentials"));
        }
        assertEquals(directoryClients, accounts);
    }

    @Test
    void demoImportKeepsEveryClientAndUserButNoClientSecret() {
        ObjectNode expected = (ObjectNode) Yaml.read(SOURCE);
        expected.path("clients").forEach(c -> ((ObjectNode) c).remove("secret"));
        Manifest realmImport = Chart.render(Scenario.overlay("realm-import-demo"))
                .ofKind("KeycloakRealmImport")
                .getFirst();
        assertEquals(expected, realmImport.at("/spec/realm"));
    }
}
