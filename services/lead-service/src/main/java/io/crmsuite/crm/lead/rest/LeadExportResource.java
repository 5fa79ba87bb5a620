package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.lead.service.LeadPersonExports;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Export by person for access requests: what lead-service holds about someone, by email or phone. */
@Path("/api/v1/lead-exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy", description = "Access requests of people who may never have been contacts.")
public class LeadExportResource {
    private static final String ROUTE = "POST /api/v1/lead-exports";

    private final LeadPersonExports exports;
    private final CallerIdentity caller;

    public LeadExportResource(LeadPersonExports exports, CallerIdentity caller) {
        this.exports = exports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(
            operationId = "exportLeadsOfPerson",
            summary = "Export a person's leads",
            description = "Every lead with the person's email or phone (in any scope), with its interactions and audit"
                    + " trail, as one JSON document. The identifiers travel in the body, not in the URL (which logs"
                    + " keep). The export is audited on each lead.")
    @APIResponse(
            responseCode = "200",
            description = "The export (no lead: empty lists)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LeadPersonExport.class)))
    public Uni<LeadPersonExport> export(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "by email",
                                                            value = "{\"email\":\"wei.zhang@example.com\"}")))
                    @Valid
                    @NotNull
                    PersonQuery query) {
        return exports.export(query, Actor.api(caller.current(), ROUTE));
    }
}
