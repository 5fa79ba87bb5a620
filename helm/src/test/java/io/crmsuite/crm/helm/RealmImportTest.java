package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
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
        expected.set("users", expected.arrayNode());

        Manifest realmImport = Chart.render(Scenario.overlay("realm-import"))
                .ofKind("KeycloakRealmImport")
                .getFirst();
        assertEquals(expected, realmImport.at("/spec/realm"));
        assertEquals("keycloak", realmImport.at("/spec/keycloakCRName").asText());
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
