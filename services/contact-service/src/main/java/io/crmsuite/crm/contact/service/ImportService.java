package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.ImportJob;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Bulk import of contacts and accounts: the upload is parsed (off the event loop) and stored as a job in the request's transaction
 * (202), then processed in chunks, each chunk one transaction with the job's progress ({@link ImportProcessor}).
 * Dedupe applies per row.
 */
@ApplicationScoped
public class ImportService {
    public static final String CONTACTS = "contacts";
    public static final String ACCOUNTS = "accounts";
    private final ObjectMapper json;
    private final int maxRows;

    public ImportService(ObjectMapper json, ContactSettings settings) {
        this.json = json;
        this.maxRows = settings.importing().maxRows();
    }

    /**
     * A parsed upload: its rows, the same as JSON text (stored with the job, so that a restart can resume it), and the
     * fingerprint an Idempotency-Key replay is compared with (format, duplicate mode and the exact body).
     */
    public record Upload(ArrayNode rows, String rowsJson, int total, String fingerprint) {}

    /** Parses an upload (CPU work: call it off the event loop); 400 for an unreadable upload, 413 for too many rows. */
    public Upload read(String body, boolean csv, ContactService.OnDuplicate mode, String kind) {
        String text = body == null ? "" : body;
        ImportRows.Shape shape = ACCOUNTS.equals(kind) ? ImportRows.ACCOUNTS : ImportRows.CONTACTS;
        ArrayNode rows =
                csv ? ImportRows.fromCsv(text, json, maxRows, shape) : ImportRows.fromJson(text, json, maxRows);
        return new Upload(rows, rows.toString(), rows.size(), fingerprint(csv, mode, text));
    }

    static String fingerprint(boolean csv, ContactService.OnDuplicate mode, String body) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(((csv ? "csv:" : "json:") + mode + ":").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stores the job of {@code kind} (contacts, accounts) with its rows (in the caller's transaction). */
    public Uni<ImportJob> submit(Upload upload, ContactService.OnDuplicate mode, CurrentUser user, String kind) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.status = "QUEUED";
        job.total = upload.total();
        job.rejections = "[]";
        job.onDuplicate = mode.name();
        job.createdBy = user.actor();
        job.ownerId = user.subject();
        job.team = user.team();
        job.writeScope = ImportScopes.name(user);
        job.createdAt = Instant.now();
        // the rows stay out of the entity: reading a job (its progress) never loads them
        return Panache.getSession()
                .chain(s -> s.persist(job).chain(s::flush).chain(() -> s.createNativeQuery(
                                "update import_job set rows_json = :rows where id = :id")
                        .setParameter("rows", upload.rowsJson())
                        .setParameter("id", job.id)
                        .executeUpdate()))
                .replaceWith(job);
    }
}
