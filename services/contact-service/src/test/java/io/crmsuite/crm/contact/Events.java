package io.crmsuite.crm.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.testkit.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reading and writing CloudEvents on the real Kafka in tests. */
public final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {}

    public static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String type(ConsumerRecord<String, String> record) {
        return KafkaTestClient.header(record, CloudEventHeaders.TYPE);
    }

    /** Waits for an event of the type whose data matches, and returns its data. */
    public static JsonNode await(KafkaTestClient.Tail tail, String type, Predicate<JsonNode> matches) {
        List<ConsumerRecord<String, String>> seen =
                tail.awaitRecords(Duration.ofSeconds(30), records -> records.stream()
                        .anyMatch(r -> type.equals(type(r)) && matches.test(data(r))));
        return seen.stream()
                .filter(r -> type.equals(type(r)) && matches.test(data(r)))
                .map(Events::data)
                .findFirst()
                .orElseThrow();
    }

    public static void send(String topic, String key, String eventId, String type, String payload) {
        KafkaTestClient.send(
                topic,
                key,
                Map.of(
                        CloudEventHeaders.SPEC_VERSION,
                        "1.0",
                        CloudEventHeaders.ID,
                        eventId,
                        CloudEventHeaders.TYPE,
                        type,
                        CloudEventHeaders.SOURCE,
                        "contact-service-test",
                        CloudEventHeaders.SUBJECT,
                        key,
                        CloudEventHeaders.TIME,
                        Instant.now().toString(),
                        CloudEventHeaders.CONTENT_TYPE,
                        "application/json"),
                payload);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
