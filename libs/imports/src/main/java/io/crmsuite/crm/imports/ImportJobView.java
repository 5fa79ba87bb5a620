package io.crmsuite.crm.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An import as its uploader sees it: QUEUED, RUNNING, then COMPLETED (or FAILED after repeated unexpected errors;
 * rows written before stay). {@code processed} of {@code total} rows so far: {@code created} new records,
 * {@code merged} into records that existed, {@code rejected} refused, the first of them listed in {@code rejections}
 * with the row number (1 = first data row), a reason, a detail and the field errors.
 */
@Schema(name = "ImportJob")
public record ImportJobView(
        UUID id,
        String kind,
        String status,
        String format,
        int total,
        int processed,
        int created,
        int merged,
        int rejected,

        @Schema(
                type = SchemaType.ARRAY,
                description = "The first rejected rows (1,000 at most): row number (1 = first data row), reason, detail"
                        + " and field errors",
                implementation = Object.class)
        JsonNode rejections,

        Instant createdAt,
        Instant finishedAt) {}
