package io.crmsuite.crm.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One event with its CloudEvents attributes, independent of the transport. {@code subject} is the aggregate id and
 * the Kafka record key; {@code data} is the record value.
 */
public record EventEnvelope<T>(UUID id, String type, String source, String subject, Instant time, T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new envelope with a random id; type and subject come from the payload and its catalog entry. */
    public static <T extends EventPayload> EventEnvelope<T> of(String source, Instant time, T data) {
        return new EventEnvelope<>(
                UUID.randomUUID(), EventCatalog.typeOf(data.getClass()), source, data.aggregateId(), time, data);
    }
}
