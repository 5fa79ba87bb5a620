package io.crmsuite.crm.messaging.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the relay, the readiness check and the pruning, on the reactive pool. */
@ApplicationScoped
public class OutboxStore {
    /** Key of the transaction-level advisory lock that makes one relay at a time publish (order per aggregate). */
    static final long RELAY_LOCK = 0x43524d4f5554424fL;

    private final Pool pool;

    public OutboxStore(Pool pool) {
        this.pool = pool;
    }

    Pool pool() {
        return pool;
    }

    Uni<Boolean> tryRelayLock(SqlConnection connection) {
        return connection
                .preparedQuery("select pg_try_advisory_xact_lock($1)")
                .execute(Tuple.of(RELAY_LOCK))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    Uni<List<OutboxRow>> unsent(SqlConnection connection, int limit) {
        return connection
                .preparedQuery("select seq, id, topic, event_key, type, source, occurred_at, payload, headers"
                        + " from crm_outbox where sent_at is null order by seq limit $1")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<OutboxRow> batch = new ArrayList<>();
                    for (Row row : rows) {
                        batch.add(new OutboxRow(
                                row.getLong("seq"),
                                row.getUUID("id"),
                                row.getString("topic"),
                                row.getString("event_key"),
                                row.getString("type"),
                                row.getString("source"),
                                row.getOffsetDateTime("occurred_at"),
                                row.getString("payload"),
                                row.getString("headers")));
                    }
                    return batch;
                });
    }

    Uni<Void> markSent(SqlConnection connection, List<Long> seqs) {
        if (seqs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery("update crm_outbox set sent_at = now(), attempts = attempts + 1 where seq = any($1)")
                .execute(Tuple.of(seqs.toArray(Long[]::new)))
                .replaceWithVoid();
    }

    Uni<Void> markFailed(SqlConnection connection, List<Long> seqs, String error) {
        if (seqs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery("update crm_outbox set attempts = attempts + 1, last_error = $2 where seq = any($1)")
                .execute(Tuple.of(seqs.toArray(Long[]::new), error))
                .replaceWithVoid();
    }

    /** Age of the oldest unsent event and the number of unsent events. */
    public Uni<Backlog> backlog() {
        return pool.query("select count(*) as unsent, min(created_at) as oldest, now() as db_now"
                        + " from crm_outbox where sent_at is null")
                .execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime("oldest");
                    OffsetDateTime now = row.getOffsetDateTime("db_now");
                    return new Backlog(
                            row.getLong("unsent"), Optional.ofNullable(oldest).map(o -> Duration.between(o, now)));
                });
    }

    /** Deletes sent events older than the retention; returns how many. */
    public Uni<Integer> pruneSentOlderThan(Duration retention) {
        return pool.preparedQuery("delete from crm_outbox where sent_at is not null"
                        + " and sent_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) retention.toMillis() / 1000.0))
                .map(rows -> rows.rowCount());
    }

    public record Backlog(long unsent, Optional<Duration> oldestAge) {}
}
