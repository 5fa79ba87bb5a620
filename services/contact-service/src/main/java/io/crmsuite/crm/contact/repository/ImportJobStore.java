package io.crmsuite.crm.contact.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The import job row as the processor uses it (on the reactive pool, without Hibernate): its settings and counts, its
 * stored rows (read once per run), the per-chunk lock and the progress written in each chunk's transaction.
 */
@ApplicationScoped
public class ImportJobStore {
    private final Pool pool;

    public ImportJobStore(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /** A job's settings and counts (not its rows). */
    public record Header(
            UUID id,
            String kind,
            String status,
            int total,
            int processed,
            int created,
            int merged,
            int rejected,
            String rejections,
            String onDuplicate,
            String createdBy,
            String ownerId,
            String team,
            String writeScope) {}

    public Uni<Header> header(UUID id) {
        return pool.preparedQuery("select id, kind, status, total, processed, created, merged, rejected, rejections,"
                        + " on_duplicate, created_by, owner_id, team, write_scope from import_job where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row r = rows.iterator().next();
                    return new Header(
                            r.getUUID("id"),
                            r.getString("kind"),
                            r.getString("status"),
                            r.getInteger("total"),
                            r.getInteger("processed"),
                            r.getInteger("created"),
                            r.getInteger("merged"),
                            r.getInteger("rejected"),
                            r.getString("rejections"),
                            r.getString("on_duplicate"),
                            r.getString("created_by"),
                            r.getString("owner_id"),
                            r.getString("team"),
                            r.getString("write_scope"));
                });
    }

    /** The stored rows (a JSON array), null once the job is done. */
    public Uni<String> rows(UUID id) {
        return pool.preparedQuery("select rows_json from import_job where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("rows_json"));
    }

    /** Jobs not finished (e.g. interrupted by a restart). */
    public Uni<List<UUID>> unfinished() {
        return pool.query("select id from import_job where status in ('QUEUED', 'RUNNING') order by created_at")
                .execute()
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(r -> ids.add(r.getUUID("id")));
                    return ids;
                });
    }

    /**
     * Locks the job row for the chunk's transaction; false when the job is no longer at {@code processed} (another
     * instance or run moved it on), so that no row is ever written twice.
     */
    public Uni<Boolean> lockAt(SqlConnection connection, UUID id, int processed) {
        return connection
                .preparedQuery("select processed, status from import_job where id = $1 for update")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return false;
                    }
                    Row r = rows.iterator().next();
                    return r.getInteger("processed") == processed && !"DONE".equals(r.getString("status"));
                });
    }

    /** The counts after a chunk; a DONE job drops its rows. */
    public record Progress(int processed, int created, int merged, int rejected, String rejections, boolean done) {}

    public Uni<Void> save(SqlConnection connection, UUID id, Progress p) {
        OffsetDateTime finished = p.done() ? OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC) : null;
        return connection
                .preparedQuery("update import_job set status = $2, processed = $3, created = $4, merged = $5,"
                        + " rejected = $6, rejections = $7, finished_at = $8,"
                        + " rows_json = case when $9 then null else rows_json end where id = $1")
                .execute(Tuple.from(Arrays.asList(
                        id,
                        p.done() ? "DONE" : "RUNNING",
                        p.processed(),
                        p.created(),
                        p.merged(),
                        p.rejected(),
                        p.rejections(),
                        finished,
                        p.done())))
                .replaceWithVoid();
    }
}
