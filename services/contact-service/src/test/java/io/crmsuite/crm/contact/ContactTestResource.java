package io.crmsuite.crm.contact;

import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.crmsuite.crm.testkit.TestInfrastructure;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

/**
 * The real PostgreSQL, Kafka and Keycloak, with a fresh test database per run (dropped first, so results do not depend
 * on earlier runs) and the topics this service reads.
 */
public class ContactTestResource extends CrmInfraTestResource {
    public static final String DATABASE = "crm_contact_test";

    @Override
    public void init(Map<String, String> initArgs) {
        super.init(Map.of("database", DATABASE, "keycloak", "true"));
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure.environment();
        try (Connection c = TestInfrastructure.connect("postgres");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reset " + DATABASE, e);
        }
        KafkaTestClient.ensureTopic(Topics.LEADS, 3);
        KafkaTestClient.ensureTopic(Topics.OPPORTUNITIES, 3);
        KafkaTestClient.ensureTopic(Topics.CONTACTS, 3);
        Map<String, String> env = TestInfrastructure.environmentWithKeycloak();
        Map<String, String> config = new java.util.HashMap<>(super.start());
        // task reminders: the stack's SMTP server (greenmail) and Keycloak as the user directory
        config.put("quarkus.mailer.host", env.getOrDefault("CRM_SMTP_HOST", "127.0.0.1"));
        config.put("quarkus.mailer.port", env.getOrDefault("CRM_SMTP_PORT", "3025"));
        config.put("crm.directory.url", env.getOrDefault("CRM_KEYCLOAK_URL", "http://127.0.0.1:8180"));
        return config;
    }

    /** The base URL of the stack's mail API (greenmail's REST API). */
    public static String mailApiUrl() {
        return TestInfrastructure.environment().getOrDefault("CRM_MAIL_API_URL", "http://127.0.0.1:8025");
    }
}
