package io.crmsuite.crm.audit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of audit entries ({@code Page<AuditEntry>}), for the OpenAPI documents only. */
@Schema(
        name = "AuditPage",
        description = "A page of audit entries, newest first; `nextCursor` is null on the last page")
public record AuditPage(List<AuditEntry> items, String nextCursor) {}
