package io.crmsuite.crm.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.persistence.EntityTable;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.rest.idempotency.IdempotencyScope;
import io.crmsuite.crm.rest.idempotency.IdempotencyStore;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What an import resource calls: {@link #submit} an upload (parsed off the event loop, stored as a QUEUED job with
 * its rows in the request's transaction, honouring {@code Idempotency-Key}; 202 with the job and its {@code Location})
 * and {@link #view} a job (its uploader's, or any for an admin). The {@link ImportWorker} writes it.
 */
@ApplicationScoped
public class ImportJobs {
    static final EntityTable<ImportJob> JOBS = EntityTable.of(ImportJob.class);
    /** Every column but the stored rows: what a view or a run reads. */
    static final List<io.crmsuite.crm.persistence.TableColumn> HEADER = JOBS.columns().stream()
            .filter(c -> !c.fieldName().equals("rowsJson"))
            .toList();

    private final ImportsConfig config;
    private final IdempotencyStore idempotency;
    private final ImportWorker worker;
    private final ObjectMapper json;

    public ImportJobs(ImportsConfig config, IdempotencyStore idempotency, ImportWorker worker, ObjectMapper json) {
        this.config = config;
        this.idempotency = idempotency;
        this.worker = worker;
        this.json = json;
    }

    /**
     * Who uploads (from the caller's token): the subject owns the job and its rows, the name goes into audit entries
     * and events, an admin sees every job.
     */
    public record Uploader(String subject, String name, String team, boolean admin) {}

    /** An upload to import. {@code format} is {@link Uploads#CSV} or {@link Uploads#JSON}. */
    public record Upload(String format, String body, Map<String, String> options) {
        /** The media type of a CSV upload. */
        public static final String CSV_MEDIA_TYPE = "text/csv";

        public static Upload csv(String body, Map<String, String> options) {
            return new Upload(Uploads.CSV, body, options);
        }

        public static Upload json(String body, Map<String, String> options) {
            return new Upload(Uploads.JSON, body, options);
        }

        /** CSV for a {@code text/csv} request body, otherwise JSON (the resource accepts only these two). */
        public static Upload of(String contentType, String body, Map<String, String> options) {
            boolean csv = contentType != null
                    && contentType.strip().toLowerCase(java.util.Locale.ROOT).startsWith(CSV_MEDIA_TYPE);
            return csv ? csv(body, options) : json(body, options);
        }
    }

    /**
     * Stores the upload as a job of {@code kind} for {@code user} and starts it; 202 with the job's view and its
     * {@code Location} ({@code jobsPath/<id>}). The same Idempotency-Key with the same upload replays the first answer.
     */
    public Uni<Response> submit(
            ImportKind<?> kind, Upload upload, String idempotencyKey, Uploader user, String jobsPath) {
        IdempotencyScope scope = new IdempotencyScope(user.subject(), "POST", jobsPath + "/" + kind.name());
        AtomicReference<ImportJob> stored = new AtomicReference<>();
        return VertxContextSupport.executeBlocking(() -> Parsed.of(upload, kind, config.maxRows(), json))
                .chain(parsed -> idempotency.execute(
                        idempotencyKey, scope, parsed.fingerprint(), () -> store(kind, upload, parsed, user)
                                .invoke(stored::set)
                                .map(job -> Response.accepted(view(job, List.of()))
                                        .location(URI.create(jobsPath + "/" + job.id))
                                        .build())))
                .invoke(response -> {
                    ImportJob job = stored.get();
                    if (job != null && !"true".equals(response.getHeaderString("Idempotent-Replayed"))) {
                        worker.start(job.id, job.rowsJson); // committed: its rows need not be read back
                    }
                });
    }

    /** An upload read off the event loop: its rows as the stored text, and its fingerprint for Idempotency-Key. */
    private record Parsed(int total, String rowsJson, String fingerprint) {
        static Parsed of(Upload upload, ImportKind<?> kind, int maxRows, ObjectMapper json) {
            ArrayNode rows = Uploads.read(upload.format(), upload.body(), kind.csv(), maxRows, json);
            return new Parsed(rows.size(), rows.toString(), ImportJobs.fingerprint(upload));
        }
    }

    /** The job, if {@code user} uploaded it or is an admin; else 404. */
    public Uni<ImportJobView> view(UUID id, Uploader user) {
        return Panache.withSession(
                () -> SetStatements.select(JOBS, HEADER, "j", "from crm_import_job j where j.id = ?1", id)
                        .chain(jobs -> {
                            ImportJob job = jobs.isEmpty() ? null : jobs.getFirst();
                            if (job == null || !(user.admin() || job.ownerId.equals(user.subject()))) {
                                return Uni.createFrom().failure(ResourceNotFoundException.of("Import", id));
                            }
                            return SetStatements.rows(
                                            "select row_number, reason, detail, errors from crm_import_rejection"
                                                    + " where job_id = ?1 order by row_number limit ?2",
                                            id,
                                            config.rejectionsListed())
                                    .map(rejections -> view(job, rejections));
                        }));
    }

    private Uni<ImportJob> store(ImportKind<?> kind, Upload upload, Parsed rows, Uploader user) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = kind.name();
        job.status = ImportJob.QUEUED;
        job.format = upload.format();
        job.total = rows.total();
        job.options = write(new TreeMap<>(upload.options()));
        job.ownerId = user.subject();
        job.createdBy = user.name();
        job.team = user.team();
        job.rowsJson = rows.rowsJson();
        job.createdAt = Instant.now();
        return SetStatements.insert(JOBS, List.of(job)).replaceWith(job);
    }

    private ImportJobView view(ImportJob job, List<Object[]> rejections) {
        ArrayNode listed = json.createArrayNode();
        for (Object[] row : rejections) {
            var entry = listed.addObject();
            entry.put("row", ((Number) row[0]).intValue());
            entry.put("reason", (String) row[1]);
            entry.put("detail", (String) row[2]);
            try {
                entry.set("errors", json.readTree((String) row[3]));
            } catch (JsonProcessingException e) {
                entry.putArray("errors");
            }
        }
        return new ImportJobView(
                job.id,
                job.kind,
                job.status,
                job.format,
                job.total,
                job.processed,
                job.created,
                job.merged,
                job.rejected,
                listed,
                job.createdAt,
                job.finishedAt);
    }

    /** What an Idempotency-Key replay must match: the format, the options and the exact body. */
    static String fingerprint(Upload upload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (upload.format() + ":" + new TreeMap<>(upload.options()) + ":").getBytes(StandardCharsets.UTF_8));
            digest.update((upload.body() == null ? "" : upload.body()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
