package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.EventCatalog;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes events into the outbox table in the caller's transaction (the Hibernate Reactive session every write of a
 * service runs in), so that a state change and its events commit or roll back together: no dual write. One statement
 * per call whatever the number of events, in list order (the relay publishes in that order). The {@link OutboxRelay}
 * publishes them afterwards. Fails outside a transaction.
 */
@ApplicationScoped
public class Outbox {
    static final EntityTable<OutboxEntry> TABLE = EntityTable.of(OutboxEntry.class);

    private final ObjectMapper json;
    private final OpenTelemetry telemetry;
    private final String source;

    public Outbox(
            ObjectMapper json,
            OpenTelemetry telemetry,
            OutboxConfig config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.json = json;
        this.telemetry = telemetry;
        this.source = config.source().orElse(applicationName);
    }

    /** Appends one event in the caller's transaction. */
    public Uni<Void> append(EventPayload event) {
        return append(List.of(event));
    }

    /** Appends the events in the caller's transaction, in list order, with one statement. */
    public Uni<Void> append(List<? extends EventPayload> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<OutboxEntry> entries;
        try {
            entries = entries(events);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return SetStatements.insert(TABLE, entries);
    }

    /** One row per event: id, topic, key, type, source, time, JSON payload, trace headers (shared by the batch). */
    private List<OutboxEntry> entries(List<? extends EventPayload> events) {
        String headers = traceHeaders();
        Instant now = Instant.now();
        List<OutboxEntry> entries = new ArrayList<>(events.size());
        for (EventPayload event : events) {
            OutboxEntry entry = new OutboxEntry();
            entry.id = UUID.randomUUID();
            entry.topic = EventCatalog.topicOf(event.getClass());
            entry.eventKey = event.aggregateId();
            entry.type = EventCatalog.typeOf(event.getClass());
            entry.source = source;
            entry.occurredAt = now;
            try {
                entry.payload = json.writeValueAsString(event);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event not serialisable: " + e, e);
            }
            entry.headers = headers;
            entries.add(entry);
        }
        return entries;
    }

    /** The W3C trace context of the current span, so that the consumer's span joins the producer's trace. */
    private String traceHeaders() {
        Map<String, String> carrier = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), carrier, Map::put);
        if (carrier.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(carrier);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
