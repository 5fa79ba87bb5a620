package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.repository.ImportJobStore;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.mapping.ExceptionTranslator;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.ConsumeEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.eventbus.EventBus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Works through an import, {@code crm.contact.importing.chunk-size} rows per transaction: the rows are validated and
 * normalised off the event loop, then the job's {@link ImportKind} ({@link ImportChunkWriter} for contacts,
 * {@link AccountImportWriter} for accounts) dedupes and writes the chunk set-based, and the job's
 * progress is saved in the same transaction. A chunk is all or nothing: when its transaction fails (a row the database
 * refuses, a merged contact changed meanwhile), nothing of it stays and it is redone row by row, so that only the
 * failing rows are rejected. Interrupted jobs resume at their last committed chunk when the service starts.
 */
@ApplicationScoped
public class ImportProcessor {
    public static final String ADDRESS = "contact-import";
    static final int MAX_REJECTIONS_KEPT = 1000;
    private static final Logger LOG = Logger.getLogger(ImportProcessor.class);

    private final ImportJobStore jobs;
    private final ObjectMapper json;
    private final int chunkSize;
    private final Map<String, ImportKind<?>> kinds;
    private final Map<UUID, ArrayNode> handedOver = new java.util.concurrent.ConcurrentHashMap<>();
    private final io.vertx.mutiny.sqlclient.Pool pool;
    private final int analyzeAfterRows;

    public ImportProcessor(
            ImportJobStore jobs,
            ObjectMapper json,
            ContactSettings settings,
            ContactImportKind contacts,
            AccountImportKind accounts,
            io.vertx.mutiny.sqlclient.Pool pool) {
        this.jobs = jobs;
        this.pool = pool;
        this.analyzeAfterRows = settings.importing().analyzeAfterRows();
        this.json = json;
        this.chunkSize = Math.max(1, settings.importing().chunkSize());
        this.kinds = Map.of(contacts.name(), contacts, accounts.name(), accounts);
    }

    void resumeUnfinished(@Observes StartupEvent start, EventBus bus) {
        jobs.unfinished()
                .subscribe()
                .with(
                        ids -> ids.forEach(id -> bus.send(ADDRESS, id)),
                        e -> LOG.warn("cannot list unfinished imports", e));
    }

    /** The rows of a job just submitted, already parsed: its run need not read and parse them again. */
    public void handOver(UUID jobId, ArrayNode rows) {
        handedOver.put(jobId, rows);
    }

    @ConsumeEvent(ADDRESS)
    public Uni<Void> run(UUID jobId) {
        ArrayNode parsed = handedOver.remove(jobId);
        return jobs.header(jobId)
                .chain(header -> header == null || "DONE".equals(header.status())
                        ? Uni.createFrom().voidItem()
                        : (parsed != null
                                        ? Uni.createFrom().item(parsed)
                                        : jobs.rows(jobId).chain(text -> offLoop(() -> parse(text))))
                                .chain(rows -> chunks(
                                                kinds.get(header.kind()),
                                                new ImportRun(header, parse(header.rejections())),
                                                rows,
                                                null)
                                        .chain(() -> refreshStatistics(kinds.get(header.kind()), rows.size()))))
                .onFailure()
                .invoke(e ->
                        LOG.errorf(e, "import %s stopped; it resumes from its last chunk on the next start", jobId));
    }

    private Uni<Void> refreshStatistics(ImportKind<?> kind, int rows) {
        if (rows < analyzeAfterRows) {
            return Uni.createFrom().voidItem();
        }
        return pool.query("analyze " + kind.table())
                .execute()
                .replaceWithVoid()
                .onFailure()
                .invoke(e -> LOG.warnf("statistics of %s not refreshed after an import: %s", kind.table(), e))
                .onFailure()
                .recoverWithNull();
    }

    /**
     * Writes the chunk at {@code run.processed}; the next chunk is validated and normalised on a worker thread while
     * this one is written (that work does not depend on the database).
     */
    private <R> Uni<Void> chunks(
            ImportKind<R> kind, ImportRun run, ArrayNode rows, CompletableFuture<Prepared<R>> preparedAhead) {
        if (run.processed >= rows.size()) {
            return Uni.createFrom().voidItem();
        }
        int from = run.processed;
        int to = Math.min(rows.size(), from + chunkSize);
        CompletableFuture<Prepared<R>> prepared =
                preparedAhead != null ? preparedAhead : prepareAsync(kind, run, rows, from, to);
        CompletableFuture<Prepared<R>> next =
                to < rows.size() ? prepareAsync(kind, run, rows, to, Math.min(rows.size(), to + chunkSize)) : null;
        return attempt(kind, run, from, to, rows.size(), Uni.createFrom().completionStage(prepared))
                .onFailure(e -> !(e instanceof JobMoved))
                .recoverWithUni(e -> {
                    if (to - from == 1) {
                        return refuse(run, rows.size(), from, e);
                    }
                    LOG.warnf(
                            "import %s rows %d-%d failed as a chunk (%s); redoing them row by row",
                            run.id, from + 1, to, e);
                    return rowByRow(kind, run, rows, from, to);
                })
                .chain(() -> chunks(kind, run, rows, next))
                .onFailure(JobMoved.class)
                .recoverWithNull()
                .replaceWithVoid();
    }

    private <R> CompletableFuture<Prepared<R>> prepareAsync(
            ImportKind<R> kind, ImportRun run, ArrayNode rows, int from, int to) {
        return CompletableFuture.supplyAsync(
                () -> prepare(kind, run, rows, from, to), Infrastructure.getDefaultWorkerPool());
    }

    private <R> Uni<Void> rowByRow(ImportKind<R> kind, ImportRun run, ArrayNode rows, int from, int to) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = from; i < to; i++) {
            int index = i;
            chain = chain.chain(() -> attempt(
                            kind,
                            run,
                            index,
                            index + 1,
                            rows.size(),
                            offLoop(() -> prepare(kind, run, rows, index, index + 1)))
                    .onFailure(e -> !(e instanceof JobMoved))
                    .recoverWithUni(e -> refuse(run, rows.size(), index, e)));
        }
        return chain;
    }

    /** One transaction: lock the job at {@code from}, write rows [from, to) and the job's progress. */
    private <R> Uni<Void> attempt(
            ImportKind<R> kind, ImportRun run, int from, int to, int total, Uni<Prepared<R>> preparation) {
        long started = System.nanoTime();
        return preparation.chain(prepared -> jobs.pool()
                .withTransaction(
                        connection -> jobs.lockAt(connection, run.id, from).chain(locked -> {
                            if (!locked) {
                                return Uni.createFrom().failure(new JobMoved());
                            }
                            return kind.write(connection, run, prepared.valid()).chain(outcomes -> {
                                ImportRun.Chunk chunk = run.count(outcomes, prepared.invalid(), to, total, json);
                                return jobs.save(connection, run.id, chunk.progress())
                                        .replaceWith(chunk);
                            });
                        }))
                .invoke(chunk -> {
                    run.commit(chunk);
                    LOG.debugf(
                            "import %s rows %d-%d written in %d ms (prepared %d ms before)",
                            run.id,
                            from + 1,
                            to,
                            (System.nanoTime() - started) / 1_000_000,
                            (started - prepared.at()) / 1_000_000);
                })
                .replaceWithVoid());
    }

    /** Rejects one row the database refused (in its own transaction with the progress). */
    private Uni<Void> refuse(ImportRun run, int total, int index, Throwable failure) {
        LOG.debugf(failure, "import %s row %d refused", run.id, index + 1);
        List<RowOutcome> rejected = List.of(new ImportPlanner.Rejected(index + 1, failure));
        return jobs.pool()
                .withTransaction(
                        connection -> jobs.lockAt(connection, run.id, index).chain(locked -> {
                            if (!locked) {
                                return Uni.createFrom().failure(new JobMoved());
                            }
                            ImportRun.Chunk chunk = run.count(List.of(), rejected, index + 1, total, json);
                            return jobs.save(connection, run.id, chunk.progress())
                                    .replaceWith(chunk);
                        }))
                .invoke(run::commit)
                .replaceWithVoid();
    }

    /** Valid rows as records of the job's owner; the others as rejections with their problem. */
    record Prepared<R>(List<R> valid, List<RowOutcome> invalid, long at) {}

    private <R> Prepared<R> prepare(ImportKind<R> kind, ImportRun run, ArrayNode rows, int from, int to) {
        List<R> valid = new ArrayList<>(to - from);
        List<RowOutcome> invalid = new ArrayList<>();
        for (int i = from; i < to; i++) {
            try {
                valid.add(kind.prepare(rows.get(i), i + 1, run));
            } catch (Exception e) {
                invalid.add(new ImportPlanner.Rejected(i + 1, e));
            }
        }
        return new Prepared<>(valid, invalid, System.nanoTime());
    }

    /** A rejection entry: row number, problem type slug, detail and field errors. */
    static JsonNode rejection(ObjectMapper json, int number, Throwable failure) {
        Problem problem = ExceptionTranslator.translate(failure);
        List<FieldError> errors = problem == null || problem.errors() == null ? List.of() : problem.errors();
        String reason = problem == null ? "not-storable" : problem.slug();
        String detail = problem == null
                ? "the database refused the row: " + rootMessage(failure)
                : problem.detail() == null ? "" : problem.detail();
        return json.valueToTree(Map.of("row", number, "reason", reason, "detail", detail, "errors", errors));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private <T> Uni<T> offLoop(java.util.function.Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private ArrayNode parse(String text) {
        try {
            return text == null ? json.createArrayNode() : (ArrayNode) json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("import job data unreadable", e);
        }
    }

    /** The job was moved on by another run (or is done): this run stops without writing. */
    static final class JobMoved extends RuntimeException {
        JobMoved() {
            super("import job moved on elsewhere", null, false, false);
        }
    }
}
