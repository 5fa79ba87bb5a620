package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmsuite.crm.lead.ImportJob;
import io.crmsuite.crm.lead.Lead;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.mapping.LeadMapper;
import io.crmsuite.crm.lead.repository.ImportJobRepository;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import io.crmsuite.crm.rest.problem.ProblemException;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Asynchronous bulk import: the upload is stored as a QUEUED job; a scheduled worker (one job at a time per replica,
 * {@code for update skip locked} across replicas) validates every row first, then captures the valid ones in chunks
 * of {@code batch-size} per transaction through the same path as the API (dedupe, scoring, assignment, events).
 */
@ApplicationScoped
public class LeadImports {
    private static final Logger LOG = Logger.getLogger(LeadImports.class);
    private static final int MAX_REJECTIONS_KEPT = 1000;

    private final ImportJobRepository jobs;
    private final LeadCapture capture;
    private final Validator validator;
    private final ObjectMapper json;
    private final LeadConfig config;

    public LeadImports(
            ImportJobRepository jobs, LeadCapture capture, Validator validator, ObjectMapper json, LeadConfig config) {
        this.jobs = jobs;
        this.capture = capture;
        this.validator = validator;
        this.json = json;
        this.config = config;
    }

    @WithTransaction
    public Uni<ImportJob> submit(String format, String body, CurrentUser user) {
        if (body == null || body.isBlank()) {
            throw InvalidRequestException.forField(null, "the import is empty");
        }
        int rows = parse(format, body).size(); // a body that cannot be read is a 400 now, not a failed job later
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
        return jobs.persist(job);
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

    private Uni<Void> run(UUID id) {
        return Panache.withSession(() -> jobs.findById(id)).chain(job -> {
            List<ImportRows.Row> rows = parse(job.format, job.payload);
            List<Map<String, Object>> rejections = new ArrayList<>();
            List<ImportRows.Row> valid = new ArrayList<>();
            for (ImportRows.Row row : rows) {
                List<FieldError> errors = row.input() == null ? row.errors() : validate(row);
                if (errors.isEmpty()) {
                    valid.add(row);
                } else if (rejections.size() < MAX_REJECTIONS_KEPT) {
                    rejections.add(Map.of("row", row.number(), "errors", errors));
                }
            }
            int[] counts = new int[2]; // created, merged
            Submitter submitter = submitter(job);
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (int from = 0; from < valid.size(); from += config.batchSize()) {
                List<ImportRows.Row> chunk = valid.subList(from, Math.min(valid.size(), from + config.batchSize()));
                chain = chain.chain(() -> Panache.withTransaction(() -> captureAll(chunk, submitter, counts)));
            }
            int rejected = rows.size() - valid.size();
            return chain.chain(() ->
                            Panache.withTransaction(() -> jobs.findById(id).invoke(done -> {
                                done.status = "COMPLETED";
                                done.created = counts[0];
                                done.merged = counts[1];
                                done.rejected = rejected;
                                done.rejections = write(rejections);
                                done.payload = null;
                                done.finishedAt = Instant.now();
                            })))
                    .replaceWithVoid();
        });
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

    private Uni<Void> captureAll(List<ImportRows.Row> chunk, Submitter submitter, int[] counts) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ImportRows.Row row : chunk) {
            chain = chain.chain(() -> capture.capture(row.input(), submitter).invoke(result -> {
                        if (result.outcome() == CaptureResult.Outcome.CREATED) {
                            counts[0]++;
                        } else {
                            counts[1]++;
                        }
                    }))
                    .replaceWithVoid();
        }
        return chain;
    }

    private List<FieldError> validate(ImportRows.Row row) {
        Set<ConstraintViolation<Object>> violations = validator.validate((Object) row.input());
        List<FieldError> errors = new ArrayList<>();
        violations.forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
        if (errors.isEmpty()) {
            try {
                LeadMapper.apply(row.input(), new Lead(), Instant.now()); // email and phone checks
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
