package io.crmsuite.crm.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.persistence.BackgroundWork;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Writes import jobs. A replica takes a job by a lease ({@code crm.imports.lease}), renewed by every chunk: a new upload
 * at once on the replica that stored it, any other waiting job — and one whose replica stopped (its lease ran out) —
 * by the poll every {@code crm.imports.poll-every}. So a job resumes after a restart, on any replica, and two replicas
 * never run the same job.
 *
 * <p>Rows are cut into chunks ({@link Chunks}); each chunk is one transaction: its progress mark, the kind's writes, the
 * rejections and the counts. The progress mark's primary key makes a chunk commit at most once, so a resumed job skips
 * exactly what committed and no row is written twice. A chunk that fails is written again row by row (each row its own
 * transaction and mark), so only the rows at fault are rejected. Rows are prepared (validated, normalised) on worker
 * threads, chunk by chunk (the next one while this one is written); a kind that writes chunks side by side first reads
 * every row's group keys from the raw rows. Rows stay as the stored text until they are prepared ({@link StoredRows}).
 */
@ApplicationScoped
public class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    private static final EntityTable<ImportProgress> PROGRESS = EntityTable.of(ImportProgress.class);
    private static final EntityTable<ImportRejection> REJECTIONS = EntityTable.of(ImportRejection.class);
    private static final String TAKEABLE = "(status = 'QUEUED' or (status = 'RUNNING' and lease_until < now()))";

    private final Map<String, ImportKind<?>> kinds = new HashMap<>();
    private final ImportsConfig config;
    private final ObjectMapper json;

    public ImportWorker(@Any Instance<ImportKind<?>> kinds, ImportsConfig config, ObjectMapper json) {
        kinds.forEach(kind -> {
            if (this.kinds.put(kind.name(), kind) != null) {
                throw new IllegalStateException("two import kinds named " + kind.name());
            }
        });
        this.config = config;
        this.json = json;
    }

    /**
     * Starts the job now on this replica unless another holds it (after its upload committed, with its rows as stored:
     * they need not be read back); returns at once.
     */
    public void start(UUID id, String rowsJson) {
        BackgroundWork.start(() -> take(id).chain(taken ->
                        taken ? runLogged(id, rowsJson) : Uni.createFrom().voidItem())
                .onFailure()
                .invoke(e -> LOG.warnf("import %s could not start here (the poll takes it): %s", id, e.toString()))
                .onFailure()
                .recoverWithNull());
    }

    @Scheduled(
            identity = "crm-imports",
            every = "${crm.imports.poll-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        return takeNext()
                .chain(id -> id == null
                        ? Uni.createFrom().voidItem()
                        : runLogged(id, null).chain(this::poll))
                .onFailure()
                .invoke(e -> LOG.warnf("import poll failed (next poll retries): %s", e.toString()))
                .onFailure()
                .recoverWithNull();
    }

    private Uni<Boolean> take(UUID id) {
        return Panache.withTransaction(() -> SetStatements.value(
                        "update crm_import_job set status = 'RUNNING', lease_until = now() + make_interval(secs => ?1)"
                                + " where id = ?2 and " + TAKEABLE + " returning id",
                        leaseSeconds(),
                        id))
                .map(taken -> taken != null);
    }

    private Uni<UUID> takeNext() {
        return Panache.withTransaction(() -> SetStatements.value(
                        "update crm_import_job set status = 'RUNNING', lease_until = now() + make_interval(secs => ?1)"
                                + " where id = (select id from crm_import_job where " + TAKEABLE
                                + " order by created_at limit 1 for update skip locked) returning id",
                        leaseSeconds()))
                .map(Sql::uuid);
    }

    /** Runs a job this replica took; a failure is counted on the job (FAILED after {@code max-attempts}). */
    private Uni<Void> runLogged(UUID id, String rowsJson) {
        long started = System.nanoTime();
        return run(id, rowsJson)
                .invoke(() -> LOG.infof("import %s finished in %d ms", id, (System.nanoTime() - started) / 1_000_000))
                .onFailure(JobMoved.class)
                .invoke(() -> LOG.infof("import %s is written by another replica now", id))
                .onFailure(JobMoved.class)
                .recoverWithNull()
                .onFailure()
                .recoverWithUni(e -> failed(id, e));
    }

    /** Runs the job: its rows as given (just uploaded here), or as stored. */
    private Uni<Void> run(UUID id, String rowsJson) {
        return Panache.withSession(() -> SetStatements.select(
                                ImportJobs.JOBS, ImportJobs.HEADER, "j", "from crm_import_job j where j.id = ?1", id)
                        .chain(jobs -> (rowsJson != null
                                        ? Uni.createFrom().<Object>item(rowsJson)
                                        : SetStatements.value("select rows_json from crm_import_job where id = ?1", id))
                                .chain(rows -> SetStatements.rows(
                                                "select chunk, row_number from crm_import_progress where job_id = ?1",
                                                id)
                                        .map(marks -> new Loaded(jobs.getFirst(), (String) rows, Done.of(marks))))))
                .chain(loaded -> offLoop(() -> StoredRows.of(loaded.rows(), json))
                        .chain(rows -> write(kind(loaded.job()), loaded.job(), rows, loaded.done())))
                .chain(job -> finish(job));
    }

    private record Loaded(ImportJob job, String rows, Done done) {}

    /** What committed before: whole chunks, and rows of chunks redone row by row. */
    private record Done(Map<Integer, Set<Integer>> rows) {
        static Done of(List<Object[]> marks) {
            Map<Integer, Set<Integer>> rows = new HashMap<>();
            marks.forEach(mark -> rows.computeIfAbsent(Sql.integer(mark[0]), c -> new HashSet<>())
                    .add(Sql.integer(mark[1])));
            return new Done(rows);
        }

        boolean whole(int chunk) {
            return rows.getOrDefault(chunk, Set.of()).contains(ImportProgress.WHOLE_CHUNK);
        }

        Set<Integer> rowsOf(int chunk) {
            return rows.getOrDefault(chunk, Set.of());
        }
    }

    @SuppressWarnings("unchecked")
    private <R> ImportKind<R> kind(ImportJob job) {
        ImportKind<?> kind = kinds.get(job.kind);
        if (kind == null) {
            throw new IllegalStateException("no import kind " + job.kind + " in this service");
        }
        return (ImportKind<R>) kind;
    }

    /** A row after {@link ImportKind#prepare}: its value, or why it is invalid. */
    private record Prepared<R>(int number, R value, Throwable failure) {}

    private <R> Uni<ImportJob> write(ImportKind<R> kind, ImportJob job, StoredRows rows, Done done) {
        if (kind.parallelism() > 1) {
            // the groups need every row's keys first (read from the raw rows); rows are prepared with their chunk
            long started = System.nanoTime();
            return offLoop(() -> keys(kind, job, rows)).chain(keys -> {
                List<List<Integer>> chunks = Chunks.grouped(keys, config.chunkSize());
                LOG.infof(
                        "import %s: %d rows in %d chunks (the repeats of a person in one), keys read in %d ms",
                        job.id, rows.size(), chunks.size(), (System.nanoTime() - started) / 1_000_000);
                return Multi.createFrom()
                        .range(0, chunks.size())
                        .filter(c -> !done.whole(c))
                        .onItem()
                        .transformToUni(c -> offLoop(() -> prepare(kind, job, rows, chunks.get(c)))
                                .chain(prepared -> chunk(kind, job, c, prepared, done.rowsOf(c))))
                        .merge(kind.parallelism())
                        .collect()
                        .last()
                        .replaceWith(job);
            });
        }
        List<List<Integer>> chunks = Chunks.consecutive(rows.size(), config.chunkSize());
        return inOrder(kind, job, rows, chunks, done, nextUndone(chunks, done, 0), null)
                .replaceWith(job);
    }

    /** Each row's group keys (none for a row whose keys cannot be read: it stands alone). */
    private <R> List<List<String>> keys(ImportKind<R> kind, ImportJob job, StoredRows rows) {
        List<List<String>> keys = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> rowKeys;
            try {
                rowKeys = kind.groupKeys(rows.row(i, json), job);
            } catch (Exception e) {
                rowKeys = List.of();
            }
            keys.add(rowKeys);
        }
        return keys;
    }

    /** Chunk after chunk; the next one is prepared on a worker thread while this one is written. */
    private <R> Uni<Void> inOrder(
            ImportKind<R> kind,
            ImportJob job,
            StoredRows rows,
            List<List<Integer>> chunks,
            Done done,
            int c,
            CompletableFuture<List<Prepared<R>>> preparedAhead) {
        if (c >= chunks.size()) {
            return Uni.createFrom().voidItem();
        }
        CompletableFuture<List<Prepared<R>>> prepared =
                preparedAhead != null ? preparedAhead : prepareAsync(kind, job, rows, chunks.get(c));
        int next = nextUndone(chunks, done, c + 1);
        CompletableFuture<List<Prepared<R>>> ahead =
                next < chunks.size() ? prepareAsync(kind, job, rows, chunks.get(next)) : null;
        return Uni.createFrom()
                .completionStage(prepared)
                .chain(rowsOfChunk -> chunk(kind, job, c, rowsOfChunk, done.rowsOf(c)))
                .chain(() -> inOrder(kind, job, rows, chunks, done, next, ahead));
    }

    private static int nextUndone(List<List<Integer>> chunks, Done done, int from) {
        int c = from;
        while (c < chunks.size() && done.whole(c)) {
            c++;
        }
        return c;
    }

    private <R> CompletableFuture<List<Prepared<R>>> prepareAsync(
            ImportKind<R> kind, ImportJob job, StoredRows rows, List<Integer> indexes) {
        return offLoop(() -> prepare(kind, job, rows, indexes)).subscribeAsCompletionStage();
    }

    private <R> List<Prepared<R>> prepare(ImportKind<R> kind, ImportJob job, StoredRows rows, List<Integer> indexes) {
        List<Prepared<R>> prepared = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            try {
                prepared.add(new Prepared<>(index + 1, kind.prepare(rows.row(index, json), job), null));
            } catch (Exception e) {
                prepared.add(new Prepared<>(index + 1, null, e));
            }
        }
        return prepared;
    }

    /** One chunk: whole in one transaction, or row by row when it failed so (or had begun so before a restart). */
    private <R> Uni<Void> chunk(
            ImportKind<R> kind, ImportJob job, int c, List<Prepared<R>> rows, Set<Integer> doneRows) {
        if (!doneRows.isEmpty()) {
            return rowByRow(kind, job, c, rows, doneRows);
        }
        return inTransaction(() -> mark(job, c, ImportProgress.WHOLE_CHUNK).chain(() -> writeRows(kind, job, rows)))
                .onFailure(e -> !(e instanceof JobMoved))
                .recoverWithUni(e -> {
                    LOG.warnf(
                            "import %s chunk %d (%d rows) failed as a whole (%s); writing it row by row",
                            job.id, c, rows.size(), e.toString());
                    return rowByRow(kind, job, c, rows, Set.of());
                });
    }

    private <R> Uni<Void> rowByRow(
            ImportKind<R> kind, ImportJob job, int c, List<Prepared<R>> rows, Set<Integer> doneRows) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Prepared<R> row : rows) {
            if (doneRows.contains(row.number())) {
                continue;
            }
            chain = chain.chain(() -> inTransaction(
                            () -> mark(job, c, row.number()).chain(() -> writeRows(kind, job, List.of(row))))
                    .onFailure(e -> !(e instanceof JobMoved))
                    .recoverWithUni(e -> inTransaction(() -> mark(job, c, row.number())
                            .chain(() -> count(job, List.of(new Prepared<R>(row.number(), null, e)), List.of())))));
        }
        return chain;
    }

    /** The chunk's progress mark; {@link JobMoved} when it committed already (another replica writes the job). */
    private static Uni<Void> mark(ImportJob job, int chunk, int row) {
        return SetStatements.insert(PROGRESS, List.of(ImportProgress.of(job.id, chunk, row)), "on conflict do nothing")
                .chain(inserted -> inserted == 1
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new JobMoved()));
    }

    private <R> Uni<Void> writeRows(ImportKind<R> kind, ImportJob job, List<Prepared<R>> rows) {
        List<ImportRow<R>> valid = new ArrayList<>(rows.size());
        List<Prepared<R>> invalid = new ArrayList<>();
        for (Prepared<R> row : rows) {
            if (row.failure() == null) {
                valid.add(new ImportRow<>(row.number(), row.value()));
            } else {
                invalid.add(row);
            }
        }
        Uni<List<RowOutcome>> written = valid.isEmpty() ? Uni.createFrom().item(List.of()) : kind.write(job, valid);
        return written.chain(outcomes -> count(job, invalid, outcomes));
    }

    /** The rejections and the job's counts after rows were written (in their transaction); renews the lease. */
    private <R> Uni<Void> count(ImportJob job, List<Prepared<R>> invalid, List<RowOutcome> outcomes) {
        List<ImportRejection> rejections = new ArrayList<>();
        invalid.forEach(row -> rejections.add(Rejections.of(job.id, row.number(), row.failure(), json)));
        int created = 0;
        int merged = 0;
        for (RowOutcome outcome : outcomes) {
            switch (outcome.effect()) {
                case CREATED -> created++;
                case MERGED -> merged++;
                case REJECTED -> rejections.add(Rejections.of(job.id, outcome.number(), outcome.reason(), json));
            }
        }
        int processed = invalid.size() + outcomes.size();
        int rejected = rejections.size();
        int newRows = created;
        int mergedRows = merged;
        return SetStatements.insert(REJECTIONS, rejections, "on conflict do nothing")
                .chain(() -> SetStatements.execute(
                        "update crm_import_job set processed = processed + ?2, created = created + ?3,"
                                + " merged = merged + ?4, rejected = rejected + ?5,"
                                + " lease_until = now() + make_interval(secs => ?6) where id = ?1",
                        job.id,
                        processed,
                        newRows,
                        mergedRows,
                        rejected,
                        leaseSeconds()))
                .replaceWithVoid();
    }

    private Uni<Void> finish(ImportJob job) {
        return inTransaction(() -> SetStatements.execute(
                        "update crm_import_job set status = 'COMPLETED', finished_at = now(), rows_json = null,"
                                + " lease_until = null where id = ?1 and status = 'RUNNING'",
                        job.id))
                .chain(() -> kind(job).finished(job));
    }

    private Uni<Void> failed(UUID id, Throwable failure) {
        LOG.warnf(
                failure,
                "import %s stopped on an unexpected error; it is retried up to %d times",
                id,
                config.maxAttempts());
        return inTransaction(() -> SetStatements.execute(
                        "update crm_import_job set attempts = attempts + 1, last_error = ?2, lease_until = now(),"
                                + " status = case when attempts + 1 >= ?3 then 'FAILED' else status end,"
                                + " finished_at = case when attempts + 1 >= ?3 then now() end,"
                                + " rows_json = case when attempts + 1 >= ?3 then null else rows_json end where id = ?1",
                        id,
                        String.valueOf(failure),
                        config.maxAttempts()))
                .replaceWithVoid()
                .onFailure()
                .recoverWithNull();
    }

    private static <T> Uni<T> inTransaction(java.util.function.Supplier<Uni<T>> work) {
        return BackgroundWork.run(() -> Panache.withTransaction(work));
    }

    private static <T> Uni<T> offLoop(java.util.concurrent.Callable<T> work) {
        return VertxContextSupport.executeBlocking(work);
    }

    private double leaseSeconds() {
        return config.lease().toMillis() / 1000.0;
    }

    /** The job is written by another replica now (a chunk this run was about to write committed there). */
    static final class JobMoved extends RuntimeException {
        JobMoved() {
            super("import job moved on elsewhere", null, false, false);
        }
    }
}
