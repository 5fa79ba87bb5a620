package io.crmsuite.crm.contact.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An erasure request and which services finished it, when, and how many records each erased. */
@Schema(name = "ErasureRequest")
public record ErasureRequestView(
        UUID id,
        @Schema(enumeration = {"IN_PROGRESS", "COMPLETED"}) String status,

        @Schema(description = "Whom it concerns, masked (w***@example.com, +86*******8000, contact ids)")
        String subject,

        String reason,
        String requestedBy,
        Instant requestedAt,
        Instant completedAt,
        List<ServiceStatus> services) {

    /** One service's part. */
    @Schema(name = "ErasureServiceStatus")
    public record ServiceStatus(
            String service,
            @Schema(enumeration = {"PENDING", "COMPLETED"}) String status,

            @Schema(description = "Records the service erased (contacts, leads …)")
            Integer records,

            Instant completedAt) {}
}
