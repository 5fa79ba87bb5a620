package io.crmsuite.crm.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.crmsuite.crm.testkit.TestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The relay on a SASL_PLAINTEXT + SCRAM-SHA-512 listener, configured only through {@code kafka.*} (as the SmallRye
 * channels are). Its SCRAM user does not exist at first: readiness goes DOWN with the reason, the log says why in one
 * line however many rounds fail, and nothing is lost; once the user exists the events reach a consumer that logs in
 * with SCRAM (the local stack's demo user), and readiness is UP again.
 */
@QuarkusTest
@TestProfile(KitSaslKafkaProfile.class)
class OutboxSaslIT {
    private static final int EVENTS = 12;

    @ConfigProperty(name = "kit.sasl.user")
    String user;

    @ConfigProperty(name = "kit.sasl.password")
    String password;

    @Test
    void aRelayThatCannotLogInSaysWhyOnceAndPublishesEverythingOnceItCan() throws IOException {
        try (KafkaTestClient.Tail tail =
                KafkaTestClient.tail(Topics.CONTACTS, TestInfrastructure.kafkaSaslClientConfig())) {
            UUID order = UUID.randomUUID();
            Set<String> eventIds = new HashSet<>();
            for (int revision = 1; revision <= EVENTS; revision++) {
                eventIds.add(given().post("/kit/orders/{id}/revisions/{r}", order, revision)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
            }

            // round after round fails (backoff from 200 ms up to 1 s): the Kafka client reports each rejected login
            await().atMost(Duration.ofSeconds(30)).until(() -> rejectedLogins() >= 4);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready")
                    .then()
                    .statusCode(503)
                    .body("checks.find { it.name == 'outbox' }.status", equalTo("DOWN"))
                    .body(
                            "checks.find { it.name == 'outbox' }.data.relayError",
                            startsWith("authentication failed (SaslAuthenticationException: ")));
            List<String> log = Files.readAllLines(KitSaslKafkaResource.LOG);
            List<String> reports = log.stream()
                    .filter(line -> line.contains("outbox relay cannot publish"))
                    .toList();
            assertEquals(1, reports.size(), "one line however many rounds failed: " + reports);
            assertTrue(
                    reports.getFirst().contains("authentication failed (SaslAuthenticationException: "),
                    reports.getFirst());
            assertEquals(
                    List.of(),
                    log.stream().filter(line -> line.startsWith("\tat ")).toList(),
                    "no stack trace in the log");
            assertEquals(
                    EVENTS,
                    KitDatabase.count(
                            "select count(*) from crm_outbox where sent_at is null and event_key = ?",
                            order.toString()));

            KafkaTestClient.upsertScramUser(user, password);

            List<ConsumerRecord<String, String>> ours =
                    tail
                            .awaitRecords(Duration.ofSeconds(60), seen -> ids(seen, order)
                                    .containsAll(eventIds))
                            .stream()
                            .filter(r -> r.key().equals(order.toString()))
                            .toList();
            assertEquals(eventIds, ids(ours, order));
            assertEquals(EVENTS, ours.size(), "each event once");
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertTrue(Files.readAllLines(KitSaslKafkaResource.LOG).stream()
                .anyMatch(line -> line.contains("outbox relay publishing again")));
    }

    /** Connection attempts the broker refused, as the Kafka client logs them. */
    private static long rejectedLogins() throws IOException {
        return Files.readAllLines(KitSaslKafkaResource.LOG).stream()
                .filter(line -> line.contains("failed authentication due to: Authentication failed"))
                .count();
    }

    private static Set<String> ids(List<ConsumerRecord<String, String>> records, UUID order) {
        return records.stream()
                .filter(r -> order.toString().equals(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID))
                .collect(Collectors.toSet());
    }
}
