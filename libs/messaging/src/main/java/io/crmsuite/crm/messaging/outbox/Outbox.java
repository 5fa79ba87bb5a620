package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.EventCatalog;
import io.crmsuite.crm.events.EventPayload;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes an event into the outbox table in the caller's Hibernate Reactive transaction, so that the state change and
 * its event commit or roll back together (no dual write). The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into crm_outbox (id, topic, event_key, type, source, occurred_at,"
            + " payload, headers) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

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

    /** Appends the event; returns its CloudEvents id. Must run inside the transaction of the state change. */
    public Uni<UUID> append(EventPayload event) {
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event not serialisable: " + e, e));
        }
        String headers = traceHeaders();
        return Panache.currentTransaction()
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException(
                        "Outbox.append must run inside the transaction of the state change (@WithTransaction)"))
                .chain(tx -> Panache.getSession())
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, id)
                        .setParameter(2, EventCatalog.topicOf(event.getClass()))
                        .setParameter(3, event.aggregateId())
                        .setParameter(4, EventCatalog.typeOf(event.getClass()))
                        .setParameter(5, source)
                        .setParameter(6, OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                        .setParameter(7, payload)
                        .setParameter(8, headers)
                        .executeUpdate())
                .replaceWith(id);
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
