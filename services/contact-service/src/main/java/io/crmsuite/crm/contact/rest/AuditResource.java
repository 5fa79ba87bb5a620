package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditPage;
import io.crmsuite.crm.audit.AuditQuery;
import io.crmsuite.crm.audit.AuditSearch;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditors' queries of contact-service's trail: by record, actor, action and time range, over every record. */
@Path("/api/v1/audit")
@RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Audit",
        description = "The audit trail for auditors: every change of every record of a kind, also of merged-away and"
                + " erased records, filtered by record, actor, action and time range, newest first.")
public class AuditResource {
    private final AuditSearch search;

    public AuditResource(AuditSearch search) {
        this.search = search;
    }

    @GET
    @Path("/contacts")
    @Operation(
            operationId = "searchContactAudit",
            summary = "Search the contacts' audit trail",
            description = "Audit entries of contacts, newest first; every filter is optional and they combine.")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    public Uni<Page<AuditEntry>> contacts(@BeanParam AuditQuery query) {
        return search.search(RecordTypes.CONTACT, query);
    }

    @GET
    @Path("/accounts")
    @Operation(
            operationId = "searchAccountAudit",
            summary = "Search the accounts' audit trail",
            description = "Audit entries of accounts, newest first; every filter is optional and they combine.")
    @APIResponse(
            responseCode = "200",
            description = "A page of audit entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AuditPage.class)))
    public Uni<Page<AuditEntry>> accounts(@BeanParam AuditQuery query) {
        return search.search(RecordTypes.ACCOUNT, query);
    }
}
