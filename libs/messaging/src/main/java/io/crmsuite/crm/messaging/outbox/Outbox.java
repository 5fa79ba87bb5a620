package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.events.EventCatalog;
import io.crmsuite.crm.events.EventPayload;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Writes an event into the outbox table in the caller's Hibernate Reactive transaction, so that the state change and
 * its event commit or roll back together (no dual write). The {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {
    private static final String INSERT_PREFIX =
            "insert into crm_outbox (id, topic, event_key, type, source, occurred_at, payload, headers) values ";
    private static final String INSERT = INSERT_PREFIX + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
    private static final String UNNEST_INSERT = "insert into crm_outbox (id, topic, event_key, type, source,"
            + " occurred_at, payload, headers) select e.id, e.topic, e.event_key, e.type, e.source, e.occurred_at,"
            + " e.payload, e.headers from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[],"
            + " $6::timestamptz[], $7::text[], $8::text[]) with ordinality as e(id, topic, event_key, type, source,"
            + " occurred_at, payload, headers, n) order by e.n";
    private static final int COLUMNS = 8;
    private static final int MULTI_ROW_CHUNK = 1_000;

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
        Object[] row;
        try {
            row = rows(List.of(event)).getFirst();
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return transactionalSession("Outbox.append")
                .chain(session -> {
                    var query = session.createNativeQuery(INSERT);
                    for (int c = 0; c < COLUMNS; c++) {
                        query.setParameter(c + 1, row[c]);
                    }
                    return query.executeUpdate();
                })
                .replaceWith((UUID) row[0]);
    }

    /**
     * Appends several events in the caller's Hibernate Reactive transaction with one multi-row insert per 1,000
     * events (instead of a round trip each), for set-based paths such as re-scoring and imports. Same rows as
     * {@link #append}; their order is the list's.
     */
    public Uni<Void> appendAll(List<? extends EventPayload> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object[]> rows;
        try {
            rows = rows(events);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        return transactionalSession("Outbox.appendAll").chain(session -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int from = 0; from < rows.size(); from += MULTI_ROW_CHUNK) {
                List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + MULTI_ROW_CHUNK));
                chain = chain.chain(() -> {
                    var query = session.createNativeQuery(multiRowInsert(chunk.size()));
                    for (int r = 0; r < chunk.size(); r++) {
                        for (int c = 0; c < COLUMNS; c++) {
                            query.setParameter(r * COLUMNS + c + 1, chunk.get(r)[c]);
                        }
                    }
                    return query.executeUpdate().replaceWithVoid();
                });
            }
            return chain;
        });
    }

    /**
     * Appends several events on a Vert.x SQL connection, inside the transaction the caller holds on it, with one
     * statement whatever their number (arrays unnested in list order): for paths that write with the SQL client
     * directly rather than through Hibernate.
     */
    public Uni<Void> appendAll(SqlConnection connection, List<? extends EventPayload> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object[]> rows;
        try {
            rows = rows(events);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        int n = rows.size();
        Object[][] columns = {
            new UUID[n],
            new String[n],
            new String[n],
            new String[n],
            new String[n],
            new OffsetDateTime[n],
            new String[n],
            new String[n]
        };
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                columns[c][r] = rows.get(r)[c];
            }
        }
        return connection
                .preparedQuery(UNNEST_INSERT)
                .execute(Tuple.from(List.of((Object[]) columns)))
                .replaceWithVoid();
    }

    /** The session of the caller's transaction; a failure when there is none (an event must commit with its change). */
    private static Uni<Mutiny.Session> transactionalSession(String method) {
        return Panache.currentTransaction()
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException(
                        method + " must run inside the transaction of the state change (@WithTransaction)"))
                .chain(tx -> Panache.getSession());
    }

    private static String multiRowInsert(int rows) {
        StringBuilder sql = new StringBuilder(INSERT_PREFIX);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 1; c <= COLUMNS; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(r * COLUMNS + c);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /** One row per event: id, topic, key, type, source, time, JSON payload, trace headers (shared by the batch). */
    private List<Object[]> rows(List<? extends EventPayload> events) {
        String headers = traceHeaders();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>(events.size());
        for (EventPayload event : events) {
            try {
                rows.add(new Object[] {
                    UUID.randomUUID(),
                    EventCatalog.topicOf(event.getClass()),
                    event.aggregateId(),
                    EventCatalog.typeOf(event.getClass()),
                    source,
                    now,
                    json.writeValueAsString(event),
                    headers
                });
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event not serialisable: " + e, e);
            }
        }
        return rows;
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
