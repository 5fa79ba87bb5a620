package io.crmsuite.crm.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * An import as its uploader sees it: QUEUED, RUNNING, then COMPLETED (or FAILED after repeated unexpected errors;
 * rows written before stay). {@code processed} of {@code total} rows so far: {@code created} new records,
 * {@code merged} into records that existed, {@code rejected} refused, the first of them listed in {@code rejections}
 * with the row number (1 = first data row), a reason, a detail and the field errors.
 */
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
        JsonNode rejections,
        Instant createdAt,
        Instant finishedAt) {}
