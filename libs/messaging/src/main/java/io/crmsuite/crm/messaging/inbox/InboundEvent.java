package io.crmsuite.crm.messaging.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.CloudEventHeaders;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

/** A CloudEvent read from a Kafka record in binary mode: attributes from the ce_* headers, JSON data as text. */
public record InboundEvent(String id, String type, String source, String subject, Instant time, String data) {

    /** Reads the event; a record without the required attributes is {@link InvalidEventException} (a poison pill). */
    public static InboundEvent from(Message<?> message) {
        IncomingKafkaRecordMetadata<?, ?> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new InvalidEventException("not a Kafka record"));
        Headers headers = metadata.getHeaders();
        String id = required(headers, CloudEventHeaders.ID);
        String type = required(headers, CloudEventHeaders.TYPE);
        String time = header(headers, CloudEventHeaders.TIME);
        Object payload = message.getPayload();
        if (payload == null) {
            throw new InvalidEventException("event " + id + " has no data");
        }
        try {
            return new InboundEvent(
                    id,
                    type,
                    header(headers, CloudEventHeaders.SOURCE),
                    header(headers, CloudEventHeaders.SUBJECT),
                    time == null ? null : Instant.parse(time),
                    payload.toString());
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("event " + id + " has an invalid ce_time: " + time);
        }
    }

    /**
     * The data as the given event record; malformed data is an {@link InvalidEventException}. A tolerant reader: fields
     * the record does not know (a newer version of the event) are skipped, whatever the mapper does for request bodies.
     */
    public <T> T as(Class<T> type, ObjectMapper json) {
        try {
            return json.readerFor(type)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (Exception e) {
            throw new InvalidEventException(
                    "event " + id + " of type " + this.type + " has invalid data: " + e.getMessage());
        }
    }

    private static String required(Headers headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("record without " + name + " header");
        }
        return value;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A record that can never be processed: it goes through the retries to the dead-letter topic. */
    public static final class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message) {
            super(message);
        }
    }
}
