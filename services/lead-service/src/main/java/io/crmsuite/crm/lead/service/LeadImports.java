package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.ImportJob;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.repository.ImportJobRepository;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import io.crmsuite.crm.rest.problem.ProblemException;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple3;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Asynchronous bulk import: the upload is stored as a QUEUED job; a scheduled worker (one job at a time per replica,
 * {@code for update skip locked} across replicas) parses and validates every row first (off the event loop), then
 * captures the valid ones set-based in chunks of {@code bulk-page-size} per transaction with the rules of the API
 * (dedupe, scoring, assignment, events), see {@link BulkCapture}.
 */
@ApplicationScoped
public class LeadImports {
    private static final Logger LOG = Logger.getLogger(LeadImports.class);
    private static final int MAX_REJECTIONS_KEPT = 1000;

    private final ImportJobRepository jobs;
    private final BulkCapture bulk;
    private final ConfigService settings;
    private final Pool pool;
    private final Validator validator;
    private final ObjectMapper json;
    private final LeadConfig config;
    private final io.vertx.core.Vertx vertx;

    public LeadImports(
            ImportJobRepository jobs,
            BulkCapture bulk,
            ConfigService settings,
            Pool pool,
            Validator validator,
            ObjectMapper json,
            LeadConfig config,
            io.vertx.core.Vertx vertx) {
        this.jobs = jobs;
        this.bulk = bulk;
        this.settings = settings;
        this.pool = pool;
        this.validator = validator;
        this.json = json;
        this.config = config;
        this.vertx = vertx;
    }

    /** Counts (and so checks) the rows off the event loop, then stores the job; a body that cannot be read is a 400. */
    public Uni<ImportJob> submit(String format, String body, CurrentUser user) {
        if (body == null || body.isBlank()) {
            throw InvalidRequestException.forField(null, "the import is empty");
        }
        return OffEventLoop.run(() -> parse(format, body).size()).chain(rows -> {
            if (rows > config.importMaxRows()) {
                throw new PayloadTooLargeException("An import may hold at most " + config.importMaxRows() + " rows.");
            }
            ImportJob job = new ImportJob();
            job.id = UUID.randomUUID();
            job.status = "QUEUED";
            job.format = format;
            job.submittedBy = user.subject();
            job.submitterTeam = user.team();
            job.keepsOwn = Submitter.of(user).keepsOwnLeads();
            job.totalRows = rows;
            job.payload = body;
            job.createdAt = Instant.now();
            return Panache.withTransaction(() -> jobs.persist(job));
        });
    }

    @Scheduled(
            identity = "lead-imports",
            every = "${crm.lead.import-poll-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> work() {
        return Panache.withTransaction(jobs::claimNext)
                .chain(id -> id == null
                        ? Uni.createFrom().voidItem()
                        : run(id).onFailure().call(e -> failed(id, e)))
                .onFailure()
                .invoke(e -> LOG.warnf("import round failed: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Starts a worker round now (after an upload committed on this replica), on a context of its own. */
    public void soon() {
        io.vertx.core.Context context =
                io.smallrye.common.vertx.VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work().subscribe().with(done -> {}, failure -> {}));
    }

    private Uni<Void> run(UUID id) {
        long started = System.nanoTime();
        long[] checkedAt = new long[1];
        return Panache.withSession(() -> jobs.findById(id).chain(job -> settings.scoringModel()
                        .chain(model -> settings.assignmentPlan().map(plan -> Tuple3.of(job, model, plan)))))
                .chain(loaded -> OffEventLoop.run(() -> check(loaded.getItem1()))
                        .invoke(() -> checkedAt[0] = System.nanoTime())
                        .chain(checked -> captureAll(
                                        checked, submitter(loaded.getItem1()), loaded.getItem2(), loaded.getItem3())
                                .invoke(counts -> LOG.infof(
                                        "import %s: rows read and checked in %d ms, %d created and %d merged in %d ms",
                                        id,
                                        (checkedAt[0] - started) / 1_000_000,
                                        counts[0],
                                        counts[1],
                                        (System.nanoTime() - checkedAt[0]) / 1_000_000))
                                .chain(counts -> Panache.withTransaction(
                                        () -> jobs.findById(id).invoke(done -> {
                                            done.status = "COMPLETED";
                                            done.created = counts[0];
                                            done.merged = counts[1];
                                            done.rejected = checked.rejected();
                                            done.rejections = write(checked.rejections());
                                            done.payload = null;
                                            done.finishedAt = Instant.now();
                                        })))))
                .replaceWithVoid();
    }

    /**
     * The chunks, {@code bulk-workers} at a time (each its own transaction and connection): {created, merged}. The
     * scoring model and rules are those in force when the job started; a version published meanwhile reaches these
     * leads through the re-scoring round, like every other open lead.
     */
    private Uni<int[]> captureAll(Checked checked, Submitter submitter, ScoringModel model, AssignmentPlan plan) {
        java.util.concurrent.atomic.AtomicIntegerArray counts = new java.util.concurrent.atomic.AtomicIntegerArray(2);
        return Multi.createFrom()
                .iterable(checked.chunks())
                .onItem()
                .transformToUni(
                        chunk -> captureChunk(chunk, submitter, model, plan).invoke(done -> {
                            counts.addAndGet(0, done.created());
                            counts.addAndGet(1, done.merged());
                        }))
                .merge(config.bulkWorkers())
                .collect()
                .last()
                .map(ignored -> new int[] {counts.get(0), counts.get(1)});
    }

    /** One chunk in one transaction on the reactive pool, set-based; retried when it lost a deadlock. */
    private Uni<BulkCapture.Counts> captureChunk(
            List<LeadInput> chunk, Submitter submitter, ScoringModel model, AssignmentPlan plan) {
        return Uni.createFrom()
                .deferred(() -> pool.withTransaction(connection -> bulk.capture(
                        connection, chunk, submitter, model, plan, Instant.now().truncatedTo(ChronoUnit.MICROS))))
                .onFailure(BulkCapture::lostToConcurrency)
                .retry()
                .atMost(3);
    }

    /**
     * The rows of a job that passed validation, in chunks, and the rejected ones (the first 1000 with their reasons).
     * Every repeat of a person in the upload (same normalised email or phone as an earlier row that starts a lead)
     * is put into the chunk of that earlier row, so chunks can be captured independently and still dedupe within the
     * upload.
     */
    private record Checked(List<List<LeadInput>> chunks, int rejected, List<Map<String, Object>> rejections) {}

    private Checked check(ImportJob job) {
        List<ImportRows.Row> rows = parse(job.format, job.payload);
        List<Map<String, Object>> rejections = new ArrayList<>();
        List<List<LeadInput>> people = new ArrayList<>();
        Map<String, Integer> personByKey = new java.util.HashMap<>();
        int rejected = 0;
        for (ImportRows.Row row : rows) {
            Lead normalised = new Lead();
            List<FieldError> errors = row.input() == null ? row.errors() : validate(row, normalised);
            if (!errors.isEmpty()) {
                rejected++;
                if (rejections.size() < MAX_REJECTIONS_KEPT) {
                    rejections.add(Map.of("row", row.number(), "errors", errors));
                }
                continue;
            }
            String email = normalised.emailNormalized == null ? null : "email:" + normalised.emailNormalized;
            String phone = normalised.phone == null ? null : "phone:" + normalised.phone;
            Integer byEmail = email == null ? null : personByKey.get(email);
            Integer byPhone = phone == null ? null : personByKey.get(phone);
            Integer earlier = byEmail;
            if (earlier == null || (byPhone != null && byPhone < earlier)) {
                earlier = byPhone;
            }
            if (earlier != null) {
                people.get(earlier).add(row.input());
                continue;
            }
            List<LeadInput> person = new ArrayList<>(1);
            person.add(row.input());
            people.add(person);
            if (email != null) {
                personByKey.put(email, people.size() - 1);
            }
            if (phone != null) {
                personByKey.put(phone, people.size() - 1);
            }
        }
        List<List<LeadInput>> chunks = new ArrayList<>();
        List<LeadInput> current = new ArrayList<>();
        for (List<LeadInput> person : people) {
            current.addAll(person);
            if (current.size() >= config.bulkPageSize()) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return new Checked(chunks, rejected, rejections);
    }

    /** A job that cannot finish is marked FAILED with the reason (chunks committed before stay). */
    private Uni<Void> failed(UUID id, Throwable failure) {
        LOG.warnf("import %s failed: %s", id, failure.toString());
        return Panache.withTransaction(() -> jobs.findById(id).invoke(job -> {
                    job.status = "FAILED";
                    job.rejections = write(
                            List.of(
                                    Map.of(
                                            "row",
                                            0,
                                            "errors",
                                            List.of(
                                                    new FieldError(
                                                            null,
                                                            "the import stopped on an unexpected error; rows before it may have been captured")))));
                    job.payload = null;
                    job.finishedAt = Instant.now();
                }))
                .replaceWithVoid();
    }

    /** Bean validation, then the email and phone checks, which leave the normalised values in {@code into}. */
    private List<FieldError> validate(ImportRows.Row row, Lead into) {
        Set<ConstraintViolation<Object>> violations = validator.validate((Object) row.input());
        List<FieldError> errors = new ArrayList<>();
        violations.forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (errors.isEmpty()) {
            try {
                LeadMapper.apply(row.input(), into, Instant.now()); // email and phone checks
            } catch (ProblemException e) {
                errors.addAll(
                        e.toProblem().errors() == null
                                ? List.of()
                                : e.toProblem().errors());
            }
        }
        errors.sort(java.util.Comparator.comparing(e -> String.valueOf(e.field())));
        return errors;
    }

    private List<ImportRows.Row> parse(String format, String body) {
        return "csv".equals(format) ? ImportRows.csv(body) : ImportRows.json(body, json);
    }

    private static Submitter submitter(ImportJob job) {
        Set<String> roles = job.keepsOwn ? Set.of(Roles.SALES_REP) : Set.of();
        return Submitter.importBy(new CurrentUser(
                job.submittedBy, job.submittedBy, job.submittedBy, job.submitterTeam, null, roles, null));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
