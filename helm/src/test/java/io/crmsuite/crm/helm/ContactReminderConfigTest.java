package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Task reminders of contact-service: SMTP, and the user directory (Keycloak's admin API through the confidential
 * client crm-contact-service, its secret by reference only).
 */
class ContactReminderConfigTest {

    private static final List<String> DIRECTORY_VARS =
            List.of("CRM_KEYCLOAK_URL", "CRM_KEYCLOAK_REALM", "CRM_DIRECTORY_CLIENT_ID", "CRM_DIRECTORY_CLIENT_SECRET");
    private static final Path CONTACT_PROPERTIES =
            Path.of("../services/contact-service/src/main/resources/application.properties");
    private static final Path LEAD_PROPERTIES =
            Path.of("../services/lead-service/src/main/resources/application.properties");
    /** The directory's own defaults (libs/directory), which both services inherit. */
    private static final Path DIRECTORY_PROPERTIES =
            Path.of("../libs/directory/src/main/resources/META-INF/microprofile-config.properties");

    static Stream<Scenario> scenarios() {
        return Scenario.all();
    }

    @Test
    void contactServiceGetsSmtpAndTheDirectoryWithItsSecretByReference() {
        Workload contact = contact(Chart.render(Scenario.defaults()));
        assertEquals("smtp", contact.envValue("CRM_SMTP_HOST"));
        assertEquals("587", contact.envValue("CRM_SMTP_PORT"));
        assertEquals("REQUIRED", contact.envValue("QUARKUS_MAILER_START_TLS"));
        assertEquals("http://keycloak-service:8080", contact.envValue("CRM_KEYCLOAK_URL"));
        assertEquals("crm", contact.envValue("CRM_KEYCLOAK_REALM"));
        assertEquals("crm-contact-service", contact.envValue("CRM_DIRECTORY_CLIENT_ID"));
        JsonNode secret = contact.env().get("CRM_DIRECTORY_CLIENT_SECRET");
        assertFalse(secret.has("value"), "the client secret is never a literal");
        assertEquals(
                "crm-crm-suite-contact-service-directory",
                secret.at("/valueFrom/secretKeyRef/name").asText(),
                "no existingSecret: the conventional name, like the database secrets");
        assertEquals("client-secret", secret.at("/valueFrom/secretKeyRef/key").asText());
    }

    @Test
    void leadServiceGetsTheDirectoryAsItsOwnClient() {
        Workload lead = new Workload(Chart.render(Scenario.defaults()).ofService("Deployment", "lead-service"));
        assertEquals("crm-lead-service", lead.envValue("CRM_DIRECTORY_CLIENT_ID"));
        assertEquals(
                "crm-crm-suite-lead-service-directory",
                lead.env()
                        .get("CRM_DIRECTORY_CLIENT_SECRET")
                        .at("/valueFrom/secretKeyRef/name")
                        .asText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void onlyContactAndLeadServiceGetTheDirectoryAndBothMailersGetSmtp(Scenario scenario) {
        for (Workload w : Workload.of(Chart.render(scenario))) {
            Map<String, JsonNode> env = w.env();
            boolean contact = w.service().equals("contact-service");
            boolean directory = contact || w.service().equals("lead-service");
            for (String name : DIRECTORY_VARS) {
                assertEquals(directory, env.containsKey(name), w.service() + " " + name);
            }
            assertEquals(
                    contact || w.service().equals("campaign-service"),
                    env.containsKey("CRM_SMTP_HOST"),
                    w.service() + " CRM_SMTP_HOST");
        }
    }

    @Test
    void smtpCredentialsAndEgressFollowForContactService() {
        Manifests manifests = Chart.render(Scenario.overlay("telemetry-smtp"));
        Workload contact = contact(manifests);
        assertEquals("smtp.example.com", contact.envValue("CRM_SMTP_HOST"));
        assertEquals("crm@example.com", contact.envValue("QUARKUS_MAILER_FROM"));
        assertEquals(
                "crm-smtp",
                contact.env()
                        .get("QUARKUS_MAILER_PASSWORD")
                        .at("/valueFrom/secretKeyRef/name")
                        .asText());
        JsonNode egress = NetworkPolicyTest.policyOf(manifests, contact).at("/spec/egress");
        assertTrue(egress.toString().contains("\"port\":587"), "contact-service may reach the SMTP relay: " + egress);
    }

    @Test
    void anExistingSecretAndKeyAreUsedAsGiven() {
        Workload contact = contact(Manifests.parse(Chart.template(
                Scenario.production(),
                Map.of(
                        "services.contactService.directory.existingSecret", "contact-directory",
                        "services.contactService.directory.secretKey", "secret",
                        "keycloak.url", "https://sso.internal:8443/",
                        "keycloak.realm", "crm"))));
        JsonNode ref = contact.env().get("CRM_DIRECTORY_CLIENT_SECRET").at("/valueFrom/secretKeyRef");
        assertEquals("contact-directory", ref.path("name").asText());
        assertEquals("secret", ref.path("key").asText());
        assertEquals("https://sso.internal:8443", contact.envValue("CRM_KEYCLOAK_URL"));
    }

    @Test
    void theDirectoryCanBeSwitchedOff() {
        Workload contact = contact(Manifests.parse(
                Chart.template(Scenario.defaults(), Map.of("services.contactService.directory.enabled", "false"))));
        DIRECTORY_VARS.forEach(name -> assertNull(contact.env().get(name), name));
    }

    @Test
    void aMissingSecretIsNamedInTheNotesLikeTheOtherSecrets() {
        for (Scenario scenario : List.of(Scenario.defaults(), Scenario.production())) {
            String notes = Chart.notes(scenario);
            assertTrue(notes.contains("crm-crm-suite-contact-service-directory: key client-secret"), notes);
            assertTrue(notes.contains("crm-contact-service"), notes);
        }
    }

    @Test
    void theSchemaRejectsAMisspeltOrEmptyDirectorySetting() {
        assertRejected(Map.of("services.contactService.directory.secretKy", "x"), "secretKy");
        assertRejected(Map.of("services.contactService.directory.secretKey", ""), "secretKey");
        assertRejected(Map.of("services.contactService.directory.clientId", ""), "clientId");
        assertRejected(Map.of("services.contactService.directory.enabled", "yes"), "enabled");
    }

    @Test
    void contactAndLeadServiceReadEveryVariableTheChartSetsForThem() throws Exception {
        String directory = Files.readString(DIRECTORY_PROPERTIES);
        String contact = Files.readString(CONTACT_PROPERTIES) + directory;
        String lead = Files.readString(LEAD_PROPERTIES) + directory;
        for (String name : Stream.concat(DIRECTORY_VARS.stream(), Stream.of("CRM_SMTP_HOST", "CRM_SMTP_PORT"))
                .toList()) {
            assertTrue(contact.contains("${" + name + ":"), "contact-service does not read " + name);
        }
        for (String name : DIRECTORY_VARS) {
            assertTrue(lead.contains("${" + name + ":"), "lead-service does not read " + name);
        }
    }

    private static Workload contact(Manifests manifests) {
        return new Workload(manifests.ofService("Deployment", "contact-service"));
    }

    private static void assertRejected(Map<String, String> sets, String expectedInMessage) {
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> Chart.template(Scenario.defaults(), sets));
        assertTrue(
                e.getMessage().contains(expectedInMessage),
                () -> "the error should name " + expectedInMessage + ": " + e.getMessage());
    }
}
