package io.crmsuite.crm.contact.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import's progress: QUEUED, RUNNING or DONE; rejections list the row number (1 = first data row) and reasons. */
@Schema(name = "ContactImportJob")
public record ImportJobView(
        UUID id,
        String kind,
        String status,
        int total,
        int processed,
        int created,
        int merged,
        int rejected,

        @Schema(
                type = SchemaType.ARRAY,
                description = "Rejected rows: row number, problem type, detail and field errors",
                implementation = Object.class)
        JsonNode rejections,

        Instant createdAt,
        Instant finishedAt) {}
