package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.contact.Contact;
import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.mapping.ContactMapper;
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
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Works through an import, {@code crm.contact.importing.chunk-size} rows per transaction: the rows are validated and
 * normalised off the event loop, then {@link ImportChunkWriter} dedupes and writes the chunk set-based, and the job's
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
    private final ImportChunkWriter writer;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;
    private final int chunkSize;
    private final Map<UUID, ArrayNode> handedOver = new java.util.concurrent.ConcurrentHashMap<>();

    public ImportProcessor(
            ImportJobStore jobs,
            ImportChunkWriter writer,
            ContactMapper mapper,
            ObjectMapper json,
            Validator validator,
            ContactSettings settings) {
        this.jobs = jobs;
        this.writer = writer;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
        this.chunkSize = Math.max(1, settings.importing().chunkSize());
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
                                .chain(rows -> chunks(new ImportRun(header, parse(header.rejections())), rows, null)))
                .onFailure()
                .invoke(e ->
                        LOG.errorf(e, "import %s stopped; it resumes from its last chunk on the next start", jobId));
    }

    /**
     * Writes the chunk at {@code run.processed}; the next chunk is validated and normalised on a worker thread while
     * this one is written (that work does not depend on the database).
     */
    private Uni<Void> chunks(ImportRun run, ArrayNode rows, CompletableFuture<Prepared> preparedAhead) {
        if (run.processed >= rows.size()) {
            return Uni.createFrom().voidItem();
        }
        int from = run.processed;
        int to = Math.min(rows.size(), from + chunkSize);
        CompletableFuture<Prepared> prepared =
                preparedAhead != null ? preparedAhead : prepareAsync(run, rows, from, to);
        CompletableFuture<Prepared> next =
                to < rows.size() ? prepareAsync(run, rows, to, Math.min(rows.size(), to + chunkSize)) : null;
        return attempt(run, from, to, rows.size(), Uni.createFrom().completionStage(prepared))
                .onFailure(e -> !(e instanceof JobMoved))
                .recoverWithUni(e -> {
                    if (to - from == 1) {
                        return refuse(run, rows.size(), from, e);
                    }
                    LOG.warnf(
                            "import %s rows %d-%d failed as a chunk (%s); redoing them row by row",
                            run.id, from + 1, to, e);
                    return rowByRow(run, rows, from, to);
                })
                .chain(() -> chunks(run, rows, next))
                .onFailure(JobMoved.class)
                .recoverWithNull()
                .replaceWithVoid();
    }

    private CompletableFuture<Prepared> prepareAsync(ImportRun run, ArrayNode rows, int from, int to) {
        return CompletableFuture.supplyAsync(() -> prepare(run, rows, from, to), Infrastructure.getDefaultWorkerPool());
    }

    private Uni<Void> rowByRow(ImportRun run, ArrayNode rows, int from, int to) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = from; i < to; i++) {
            int index = i;
            chain = chain.chain(() -> attempt(
                            run, index, index + 1, rows.size(), offLoop(() -> prepare(run, rows, index, index + 1)))
                    .onFailure(e -> !(e instanceof JobMoved))
                    .recoverWithUni(e -> refuse(run, rows.size(), index, e)));
        }
        return chain;
    }

    /** One transaction: lock the job at {@code from}, write rows [from, to) and the job's progress. */
    private Uni<Void> attempt(ImportRun run, int from, int to, int total, Uni<Prepared> preparation) {
        long started = System.nanoTime();
        return preparation.chain(prepared -> jobs.pool()
                .withTransaction(
                        connection -> jobs.lockAt(connection, run.id, from).chain(locked -> {
                            if (!locked) {
                                return Uni.createFrom().failure(new JobMoved());
                            }
                            return writer.write(connection, run.chunkJob(), prepared.valid())
                                    .chain(outcomes -> {
                                        ImportRun.Chunk chunk =
                                                run.count(outcomes, prepared.invalid(), to, total, json);
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
        List<ImportPlanner.Outcome> rejected = List.of(new ImportPlanner.Rejected(index + 1, failure));
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

    /** Valid rows as contacts of the job's owner; the others as rejections with their problem. */
    record Prepared(List<ImportPlanner.Row> valid, List<ImportPlanner.Outcome> invalid, long at) {}

    private Prepared prepare(ImportRun run, ArrayNode rows, int from, int to) {
        List<ImportPlanner.Row> valid = new ArrayList<>(to - from);
        List<ImportPlanner.Outcome> invalid = new ArrayList<>();
        for (int i = from; i < to; i++) {
            try {
                Contact contact = ImportService.toContact(rows.get(i), run.ownerId, run.team, json, mapper, validator);
                valid.add(new ImportPlanner.Row(i + 1, contact));
            } catch (Exception e) {
                invalid.add(new ImportPlanner.Rejected(i + 1, e));
            }
        }
        return new Prepared(valid, invalid, System.nanoTime());
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
