package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.contact.Contact;
import io.crmsuite.crm.contact.ImportJob;
import io.crmsuite.crm.contact.mapping.ContactMapper;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.Problem;
import io.crmsuite.crm.rest.problem.mapping.ExceptionTranslator;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.ConsumeEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** Works through a queued import, {@value #CHUNK} rows per transaction, recording progress and rejections. */
@ApplicationScoped
public class ImportProcessor {
    public static final String ADDRESS = "contact-import";
    static final int CHUNK = 100;
    static final int MAX_REJECTIONS_KEPT = 1000;
    private static final Logger LOG = Logger.getLogger(ImportProcessor.class);

    /** The rows of running jobs, parsed once (a job's rows stay in its row until it is done). */
    private final Map<UUID, ArrayNode> parsedRows = new ConcurrentHashMap<>();

    private final ContactWriter writer;
    private final ContactMapper mapper;
    private final ObjectMapper json;
    private final Validator validator;

    public ImportProcessor(ContactWriter writer, ContactMapper mapper, ObjectMapper json, Validator validator) {
        this.writer = writer;
        this.mapper = mapper;
        this.json = json;
        this.validator = validator;
    }

    @ConsumeEvent(ADDRESS)
    public Uni<Void> run(UUID jobId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.find(ImportJob.class, jobId)))
                .chain(job -> {
                    if (job == null || "DONE".equals(job.status)) {
                        return Uni.createFrom().voidItem();
                    }
                    return chunk(jobId)
                            .chain(more -> more ? run(jobId) : Uni.createFrom().voidItem());
                })
                .onFailure()
                .invoke(e -> {
                    parsedRows.remove(jobId);
                    LOG.errorf(e, "import %s failed", jobId);
                });
    }

    /** Processes the next chunk; true while rows remain. */
    private Uni<Boolean> chunk(UUID jobId) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(s -> s.find(ImportJob.class, jobId))
                .chain(job -> {
                    ArrayNode rows = parsedRows.computeIfAbsent(jobId, id -> parse(job.rowsJson));
                    ArrayNode rejections = parse(job.rejections);
                    int from = job.processed;
                    int to = Math.min(rows.size(), from + CHUNK);
                    // counted aside and written once per chunk: the job row is not touched by every row's flush
                    Progress progress = new Progress();
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (int i = from; i < to; i++) {
                        int index = i;
                        chain = chain.chain(() -> row(job, rows.get(index), index + 1, rejections, progress));
                    }
                    return chain.map(done -> {
                        job.status = "RUNNING";
                        job.created += progress.created;
                        job.merged += progress.merged;
                        job.rejected += progress.rejected;
                        job.processed = to;
                        job.rejections = rejections.toString();
                        if (to >= rows.size()) {
                            parsedRows.remove(jobId);
                            job.status = "DONE";
                            job.rowsJson = null;
                            job.finishedAt = Instant.now();
                        }
                        return to < rows.size();
                    });
                }));
    }

    /** Counts of one chunk. */
    private static final class Progress {
        int created;
        int merged;
        int rejected;
    }

    private Uni<Void> row(ImportJob job, JsonNode row, int number, ArrayNode rejections, Progress progress) {
        Contact contact;
        try {
            contact = ImportService.toContact(row, job, json, mapper, validator);
        } catch (Exception e) {
            reject(progress, number, e, rejections);
            return Uni.createFrom().voidItem();
        }
        ContactService.OnDuplicate mode = ContactService.OnDuplicate.valueOf(job.onDuplicate);
        Actor actor = new Actor(job.createdBy, "import:" + job.id + "#" + number);
        return writer.createDeduplicated(contact, null, mode, ImportService.everything(), actor, null)
                .invoke(created -> {
                    if (created.created()) {
                        progress.created++;
                    } else {
                        progress.merged++;
                    }
                })
                .replaceWithVoid()
                .onFailure()
                .recoverWithItem(e -> {
                    reject(progress, number, e, rejections);
                    return null;
                });
    }

    private void reject(Progress progress, int number, Throwable failure, ArrayNode rejections) {
        progress.rejected++;
        if (rejections.size() >= MAX_REJECTIONS_KEPT) {
            return;
        }
        Problem problem = ExceptionTranslator.translate(failure);
        List<FieldError> errors = problem == null || problem.errors() == null ? List.of() : problem.errors();
        Map<String, Object> entry = Map.of(
                "row",
                number,
                "reason",
                problem == null ? "internal error" : problem.slug(),
                "detail",
                problem == null || problem.detail() == null ? "" : problem.detail(),
                "errors",
                errors);
        rejections.add(json.valueToTree(entry));
    }

    private ArrayNode parse(String text) {
        try {
            return text == null ? json.createArrayNode() : (ArrayNode) json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("import job data unreadable", e);
        }
    }
}
