package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditPage;
import io.crmsuite.crm.audit.AuditSearch;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The auditors' queries of lead-service's trail: by record, actor, action and time range, over every record. */
@Path("/api/v1/audit")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Audit",
        description = "The audit trail for auditors: every change of every lead, also of erased"
                + " leads, filtered by record, actor, action and time range, newest first.")
public class AuditResource {
    private final AuditSearch search;

    public AuditResource(AuditSearch search) {
        this.search = search;
    }

    @GET
    @Path("/leads")
    @Operation(
            operationId = "searchLeadAudit",
            summary = "Search the leads' audit trail",
            description = "Audit entries of leads, newest first; every filter is optional and they combine.")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    public Uni<Page<AuditEntry>> leads(
            @RestQuery("limit") String limit,
            @RestQuery("cursor") String cursor,
            @Parameter(description = "Only this lead's entries.") @RestQuery("recordId") UUID recordId,
            @Parameter(
                            description = "Only changes by this actor (a username, client id or system:<service>).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = AuditSearch.TEXT))
                    @RestQuery("actor")
                    String actor,
            @Parameter(
                            description =
                                    "Only this action (created, updated, status-changed, assigned, conversion-requested,"
                                            + " converted, conversion-failed, erased …).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = AuditSearch.TEXT))
                    @RestQuery("action")
                    String action,
            @Parameter(description = "From this time on (inclusive, RFC 3339).") @RestQuery("from") Instant from,
            @Parameter(description = "Before this time (exclusive, RFC 3339).") @RestQuery("to") Instant to) {
        return search.search(LeadAudit.LEAD, recordId, actor, action, from, to, limit, cursor);
    }
}
