package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** An import's progress: QUEUED, RUNNING or DONE; rejections list the row number (1 = first data row) and reasons. */
public record ImportJobView(
        UUID id,
        String kind,
        String status,
        int total,
        int processed,
        int created,
        int merged,
        int rejected,
        JsonNode rejections,
        Instant createdAt,
        Instant finishedAt) {}
