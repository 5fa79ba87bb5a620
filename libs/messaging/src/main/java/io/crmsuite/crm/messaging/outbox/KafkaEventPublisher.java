package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
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

    KafkaEventPublisher(String bootstrapServers, OutboxConfig config, ObjectMapper json) {
        this.json = json;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        int delivery = (int) config.deliveryTimeout().toMillis();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(delivery));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.max(1000, delivery / 3)));
        props.put(
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                Long.toString(config.maxBlock().toMillis()));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "crm-outbox-relay");
        props.putAll(config.kafka());
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
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
        String firstError = null;
        for (int i = 0; i < acks.size(); i++) {
            try {
                sent.add(acks.get(i).join());
            } catch (RuntimeException e) {
                failed.add(rows.get(i).seq());
                firstError = firstError != null ? firstError : String.valueOf(e.getCause());
            }
        }
        return new PublishOutcome(sent, failed, firstError);
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
        producer.close(java.time.Duration.ofSeconds(5));
    }

    record PublishOutcome(List<Long> sent, List<Long> failed, String firstError) {}
}
