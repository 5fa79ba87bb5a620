package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.audit.AuditEntry;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything lead-service holds about one person, machine-readable (data portability / access request). */
@Schema(name = "LeadPersonExport")
public record LeadPersonExport(
        String format,
        Instant exportedAt,
        List<LeadView> leads,
        List<LeadExportInteractions> interactions,
        List<AuditEntry> audit) {

    /** The interactions of one exported lead. */
    @Schema(name = "LeadExportInteractions")
    public record LeadExportInteractions(java.util.UUID leadId, List<InteractionView> items) {}
}
