package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** NOTES.txt tells how to reach the API, which secrets must exist and how to get a token. */
class NotesTest {

    @Test
    void defaultsExplainPortForwardSecretsAndTokens() {
        String notes = Chart.notes(Scenario.defaults());
        assertTrue(notes.contains("port-forward svc/crm-crm-suite-gateway 8080:8080"), notes);
        assertTrue(notes.contains("crm-crm-suite-lead-service-db"), notes);
        assertTrue(notes.contains("grant_type=client_credentials"), notes);
        assertTrue(notes.contains("/realms/crm/protocol/openid-connect/token"), notes);
        assertFalse(notes.contains("grant_type=password"), "password grant offered without demo content");
    }

    @Test
    void productionNamesTheApiHostAndTheRealmImportLimit() {
        String notes = Chart.notes(Scenario.production());
        assertTrue(notes.contains("API=https://crm.example.com"), notes);
        assertTrue(notes.contains("https://sso.example.com/realms/crm/protocol/openid-connect/token"), notes);
        assertTrue(notes.contains("only CREATES the realm"), notes);
        assertTrue(notes.contains("crm-kafka-cluster-ca-cert"), notes);
    }

    @Test
    void demoContentIsAnnouncedWithItsPasswordGrant() {
        String notes = Chart.notes(Scenario.overlay("realm-import-demo"));
        assertTrue(notes.contains("DEMO CONTENT IS IMPORTED"), notes);
        assertTrue(notes.contains("grant_type=password -d client_id=crm-cli"), notes);
    }

    @Test
    void httpRouteNamesItsHost() {
        assertTrue(Chart.notes(Scenario.overlay("httproute")).contains("API=https://crm.example.com"));
    }
}
