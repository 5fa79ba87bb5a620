package io.crmsuite.crm.imports;

import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An import job ({@code crm_import_job}): what kind of rows, whose, its options (JSON of the kind's own settings),
 * counts, and the parsed rows until it is done. Written only set-based, so a plain table declaration.
 */
@Table(name = "crm_import_job")
public class ImportJob {
    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    public String kind;
    public String status;
    public String format;
    public int total;
    public int processed;
    public int created;
    public int merged;
    public int rejected;
    public String options;
    /** The subject of the user who uploaded it: who may see it, and whose rows they are. */
    public String ownerId;
    /** How the uploader is named in audit entries and events. */
    public String createdBy;

    public String team;
    public String rowsJson;
    public int attempts;
    public Instant leaseUntil;
    public String lastError;
    public Instant createdAt;
    public Instant finishedAt;

    /** One of the kind's options given at upload (null when not given). */
    public String option(String name) {
        try {
            return options == null
                    ? null
                    : OPTIONS.readValue(options, Map.class).get(name) instanceof String value ? value : null;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("import options unreadable", e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper OPTIONS =
            new com.fasterxml.jackson.databind.ObjectMapper();
}
