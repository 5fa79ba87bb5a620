package io.crmsuite.crm.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redelivery has one effect; a poison record ends on the dead-letter topic while later records are processed. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_messaging"))
class InboxIT {
    private static final String TOPIC = "kit.inbox-test";
    private static final String DLQ = "kit.inbox-test.kit-consumer.dlq";

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureTopic(TOPIC, 3);
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        UUID aggregate = UUID.randomUUID();
        String duplicated = UUID.randomUUID().toString();
        send(aggregate, duplicated, "name");
        send(aggregate, duplicated, "name");
        // a later event of the same aggregate (same partition) proves both copies were consumed before it
        String sentinel = UUID.randomUUID().toString();
        send(aggregate, sentinel, "name");

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(sentinel) == 1);
        assertEquals(1, effects(duplicated));
        assertEquals(
                1,
                KitDatabase.count(
                        "select count(*) from crm_inbox where consumer = 'kit-consumer' and event_id = ?", duplicated));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicWithItsFailureWhileLaterRecordsAreProcessed() {
        try (KafkaTestClient.Tail deadLetters = KafkaTestClient.tail(DLQ)) {
            UUID aggregate = UUID.randomUUID();
            String poison = UUID.randomUUID().toString();
            send(aggregate, poison, "poison");
            String later = UUID.randomUUID().toString();
            send(aggregate, later, "name");

            await().atMost(Duration.ofSeconds(30)).until(() -> effects(later) == 1);

            List<ConsumerRecord<String, String>> dead =
                    deadLetters.awaitRecords(Duration.ofSeconds(60), seen -> seen.stream()
                            .anyMatch(r -> poison.equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
            ConsumerRecord<String, String> record = dead.stream()
                    .filter(r -> poison.equals(KafkaTestClient.header(r, CloudEventHeaders.ID)))
                    .findFirst()
                    .orElseThrow();
            assertEquals(aggregate.toString(), record.key());
            // the failure headers of the last attempt, after the configured retries
            String reason = KafkaTestClient.header(record, "delayed-retry-reason");
            assertNotNull(reason, "failure headers on the dead letter: " + record.headers());
            assertTrue(reason.contains("poison pill"), reason);
            assertEquals(
                    IllegalStateException.class.getName(),
                    KafkaTestClient.header(record, "delayed-retry-exception-class-name"));
            assertEquals("2", KafkaTestClient.header(record, "delayed-retry-count"));
            // the failed handler's write was rolled back with its inbox row: nothing half-written
            assertEquals(0, effects(poison));
            assertEquals(
                    0,
                    KitDatabase.count(
                            "select count(*) from crm_inbox where consumer = 'kit-consumer' and event_id = ?", poison));
        }
    }

    @Test
    void aRecordWithoutCloudEventsAttributesIsDeadLetteredToo() {
        try (KafkaTestClient.Tail deadLetters = KafkaTestClient.tail(DLQ)) {
            String key = "no-attributes-" + UUID.randomUUID();
            KafkaTestClient.send(TOPIC, key, Map.of(), "{}");
            deadLetters.awaitRecords(Duration.ofSeconds(60), seen -> seen.stream()
                    .anyMatch(r -> key.equals(r.key())
                            && String.valueOf(KafkaTestClient.header(r, "delayed-retry-reason"))
                                    .contains("without ce_id")));
        }
    }

    private static long effects(String eventId) {
        return KitDatabase.count("select count(*) from kit_effect where event_id = ?", eventId);
    }

    private static void send(UUID aggregate, String eventId, String changedField) {
        String payload = "{\"contactId\":\"" + aggregate + "\",\"version\":1,\"changedFields\":[\"" + changedField
                + "\"],\"emails\":[],\"phones\":[],\"updatedAt\":\"" + Instant.now() + "\"}";
        KafkaTestClient.send(
                TOPIC,
                aggregate.toString(),
                Map.of(
                        CloudEventHeaders.SPEC_VERSION, "1.0",
                        CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.TYPE, "crm.contact.updated.v1",
                        CloudEventHeaders.SOURCE, "inbox-test",
                        CloudEventHeaders.SUBJECT, aggregate.toString(),
                        CloudEventHeaders.TIME, Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE, "application/json"),
                payload);
    }
}
