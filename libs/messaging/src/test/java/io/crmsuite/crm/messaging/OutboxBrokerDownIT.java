package io.crmsuite.crm.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.local.Stack;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** With the broker stopped, writes still succeed; once it is back every event arrives exactly once, in order. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_messaging"))
class OutboxBrokerDownIT {
    private static final int AGGREGATES = 6;
    private static final int REVISIONS = 10;

    @Test
    void eventsWrittenWhileKafkaIsDownArriveOnceAndInOrderPerAggregate() {
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < AGGREGATES; i++) {
            orders.add(UUID.randomUUID());
        }
        Set<String> subjects = orders.stream().map(UUID::toString).collect(Collectors.toSet());
        Set<String> eventIds = new java.util.HashSet<>();
        Stack stack = Stack.discover();
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Topics.CONTACTS)) {
            stack.stop(List.of("kafka"));
            try {
                for (int revision = 1; revision <= REVISIONS; revision++) {
                    for (UUID order : orders) {
                        eventIds.add(given().post("/kit/orders/{id}/revisions/{r}", order, revision)
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
                    }
                }
                assertEquals(
                        AGGREGATES * REVISIONS,
                        KitDatabase.count(
                                "select count(*) from crm_outbox where sent_at is null and event_key = any(?)",
                                (Object) subjects.toArray(String[]::new)));
                // the backlog ages past crm.outbox.readiness-max-age (2 s): readiness reports it
                await().atMost(Duration.ofSeconds(30))
                        .untilAsserted(
                                () -> given().get("/q/health/ready").then().statusCode(503));
            } finally {
                stack.start(List.of("kafka"));
            }

            List<ConsumerRecord<String, String>> ours =
                    tail
                            .awaitRecords(Duration.ofSeconds(90), seen -> ids(seen, subjects)
                                    .containsAll(eventIds))
                            .stream()
                            .filter(r -> subjects.contains(r.key()))
                            .toList();

            Map<String, Long> perId = ours.stream()
                    .collect(Collectors.groupingBy(
                            r -> KafkaTestClient.header(r, CloudEventHeaders.ID), Collectors.counting()));
            assertEquals(eventIds, perId.keySet());
            perId.forEach((id, count) -> assertEquals(1L, count, "event " + id + " delivered more than once"));

            Map<String, List<Long>> revisionsPerOrder = new HashMap<>();
            for (ConsumerRecord<String, String> record : ours) {
                assertEquals(record.key(), KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
                assertEquals("crm.contact.updated.v1", KafkaTestClient.header(record, CloudEventHeaders.TYPE));
                assertEquals("kit-messaging-test", KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
                assertEquals("1.0", KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION));
                long revision = Long.parseLong(record.value().replaceAll(".*\"version\":(\\d+).*", "$1"));
                revisionsPerOrder
                        .computeIfAbsent(record.key(), k -> new ArrayList<>())
                        .add(revision);
            }
            List<Long> expected = new ArrayList<>();
            for (long r = 1; r <= REVISIONS; r++) {
                expected.add(r);
            }
            revisionsPerOrder.forEach((order, revisions) -> assertEquals(expected, revisions, "order of " + order));
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertEquals(
                        0,
                        KitDatabase.count(
                                "select count(*) from crm_outbox where sent_at is null and event_key = any(?)",
                                (Object) subjects.toArray(String[]::new))));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    private static Set<String> ids(List<ConsumerRecord<String, String>> records, Set<String> subjects) {
        return records.stream()
                .filter(r -> subjects.contains(r.key()))
                .map(r -> KafkaTestClient.header(r, CloudEventHeaders.ID))
                .collect(Collectors.toSet());
    }
}
