package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox rows as CloudEvents in Kafka binary mode with an idempotent producer ({@code acks=all}): the
 * record key is the aggregate id, so that one aggregate's events stay in one partition, in order. Blocking calls (topic
 * metadata while the broker is away) happen here, on the relay's own thread, never on an event loop.
 */
final class KafkaEventPublisher implements AutoCloseable {
    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json;

    /** A producer with the given settings ({@link RelayProducerConfig}). */
    KafkaEventPublisher(Map<String, Object> producerConfig, ObjectMapper json) {
        this.json = json;
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
    }

    /** Sends the rows in order and waits for every acknowledgement; returns which were acknowledged. */
    PublishOutcome publish(List<OutboxRow> rows) {
        // fails fast (after max.block) when no broker answers, instead of blocking once per record
        Set<String> topics = new LinkedHashSet<>();
        rows.forEach(row -> topics.add(row.topic()));
        topics.forEach(producer::partitionsFor);

        List<CompletableFuture<Long>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            CompletableFuture<Long> ack = new CompletableFuture<>();
            producer.send(toRecord(row), (metadata, error) -> {
                if (error == null) {
                    ack.complete(row.seq());
                } else {
                    ack.completeExceptionally(error);
                }
            });
            acks.add(ack);
        }
        List<Long> sent = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        Throwable firstFailure = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                sent.add(acks.get(i).join());
            } catch (RuntimeException e) {
                failed.add(rows.get(i).seq());
                firstFailure = firstFailure != null ? firstFailure : e.getCause();
            }
        }
        return new PublishOutcome(sent, failed, firstFailure);
    }

    private ProducerRecord<String, String> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.id().toString());
        header(headers, CloudEventHeaders.SOURCE, row.source());
        header(headers, CloudEventHeaders.TYPE, row.type());
        header(headers, CloudEventHeaders.SUBJECT, row.key());
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.occurredAt()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_JSON);
        traceHeaders(row).forEach((name, value) -> header(headers, name, value));
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    private Map<String, String> traceHeaders(OutboxRow row) {
        if (row.headers() == null) {
            return Map.of();
        }
        try {
            return json.readValue(row.headers(), new TypeReference<HashMap<String, String>>() {});
        } catch (Exception e) {
            return Map.of();
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(5));
    }

    /** Closes the producer; {@link Duration#ZERO} drops what is still unsent (those rows stay unsent in the outbox). */
    void close(Duration timeout) {
        producer.close(timeout);
    }

    /** Which rows were acknowledged, which not, and the first failure. */
    record PublishOutcome(List<Long> sent, List<Long> failed, Throwable firstFailure) {
        String firstError() {
            return firstFailure == null ? null : firstFailure.toString();
        }
    }
}
