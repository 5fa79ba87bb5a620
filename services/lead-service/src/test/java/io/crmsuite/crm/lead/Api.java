package io.crmsuite.crm.lead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.testkit.ApiCalls;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.crmsuite.crm.testkit.KeycloakTokens;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Lead-service test helpers over libs/test-kit's {@link ApiCalls}: unique people, lead events read from Kafka. */
public final class Api {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Api() {}

    public static RequestSpecification as(String user) {
        return ApiCalls.as(user);
    }

    public static RequestSpecification asPartner() {
        return ApiCalls.asPartner();
    }

    /** The Keycloak subject (owner id) of a demo user. */
    public static String subject(String user) {
        try {
            String payload = KeycloakTokens.forUser(user).split("\\.")[1];
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            return claims.get("sub").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lead body with a unique email; fit 90 under the default model (all rules but the budget). */
    public static Map<String, Object> lead(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new java.util.HashMap<>(Map.of(
                "name", name,
                "company", "Acme " + unique,
                "title", "VP Sales",
                "email", name.toLowerCase().replace(' ', '.') + "." + unique + "@example.com",
                "region", "East China",
                "country", "CN",
                "industry", "Technology",
                "companySize", 400,
                "productInterest", "CRM Suite",
                "source", "TRADE_SHOW"));
    }

    /** Records of the given CloudEvents type about one lead. */
    public static List<ConsumerRecord<String, String>> ofType(
            List<ConsumerRecord<String, String>> records, String leadId, String type) {
        return records.stream()
                .filter(r -> leadId.equals(r.key()))
                .filter(r -> type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .toList();
    }

    public static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a contact event to crm.contacts as the contact service would (binary-mode CloudEvent). */
    public static void sendContactEvent(String contactId, String type, String payload) {
        KafkaTestClient.send(
                "crm.contacts",
                contactId,
                Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        "1.0",
                        CloudEventHeaders.ID,
                        UUID.randomUUID().toString(),
                        CloudEventHeaders.TYPE,
                        type,
                        CloudEventHeaders.SOURCE,
                        "contact-service",
                        CloudEventHeaders.SUBJECT,
                        contactId,
                        CloudEventHeaders.TIME,
                        Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE,
                        "application/json"),
                payload);
    }
}
