package io.crmsuite.crm.lead.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An import job: QUEUED, RUNNING, then COMPLETED (or FAILED on an unexpected error); {@code created} new leads, {@code merged} rows that matched an open
 * lead (added as interactions), {@code rejected} rows with their reasons in {@code rejections} (row 1 = first data
 * row; at most 1000 listed).
 */
@Schema(name = "LeadImportJob")
public record ImportJobView(
        UUID id,
        String status,
        String format,
        int totalRows,
        int created,
        int merged,
        int rejected,

        @Schema(
                type = SchemaType.ARRAY,
                description = "Rejected rows (at most 1,000): the row number (1 = first data row) and the reasons",
                implementation = Object.class)
        JsonNode rejections,

        Instant createdAt,
        Instant finishedAt) {}
