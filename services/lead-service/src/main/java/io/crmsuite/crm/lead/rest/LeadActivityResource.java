package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.service.LeadConversion;
import io.crmsuite.crm.lead.service.LeadService;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** What happens to a lead: interactions, its score history, and the conversion. */
@Path("/api/v1/leads/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leads")
public class LeadActivityResource {
    private final LeadService leads;
    private final LeadConversion conversion;
    private final CallerIdentity caller;

    public LeadActivityResource(LeadService leads, LeadConversion conversion, CallerIdentity caller) {
        this.leads = leads;
        this.conversion = conversion;
        this.caller = caller;
    }

    /** Records an interaction (it feeds engagement: the lead is re-scored at once). */
    @POST
    @Path("/interactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "addLeadInteraction",
            summary = "Record an interaction with a lead",
            description = "A call, meeting, email opened, page visit, form or event; `occurredAt` defaults to now. It"
                    + " feeds engagement, so the lead is re-scored at once.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded (interactions have no URL of their own: they are listed under the lead)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InteractionView.class)))
    public Uni<Response> addInteraction(
            @RestPath UUID id,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "call", value = Examples.INTERACTION)))
                    @Valid
                    @NotNull
                    InteractionInput input) {
        return leads.addInteraction(id, input, caller.current())
                .map(interaction -> Response.status(Response.Status.CREATED)
                        .entity(LeadMapper.toView(interaction))
                        .build());
    }

    @GET
    @Path("/interactions")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP, Roles.PARTNER})
    @Operation(
            operationId = "listLeadInteractions",
            summary = "List a lead's interactions",
            description = "Every interaction of the lead, newest first.")
    @APIResponse(
            responseCode = "200",
            description = "The interactions",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = InteractionView.class)))
    public Uni<List<InteractionView>> interactions(@RestPath UUID id) {
        return leads.interactions(id, caller.current())
                .map(rows -> rows.stream().map(LeadMapper::toView).toList());
    }

    /** Every score the lead had, newest first, with model version and reasons. */
    @GET
    @Path("/score-history")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "getLeadScoreHistory",
            summary = "A lead's score history",
            description = "Every score the lead had, newest first, with the scoring model version and the reasons"
                    + " (which fit rules and interactions gave how many points).")
    @APIResponse(
            responseCode = "200",
            description = "The scores",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = LeadView.Score.class)))
    public Uni<List<LeadView.Score>> scoreHistory(@RestPath UUID id) {
        return leads.scoreHistory(id, caller.current()).map(rows -> rows.stream()
                .map(e -> new LeadView.Score(
                        e.score,
                        e.grade,
                        e.fit,
                        e.engagement,
                        e.modelVersion,
                        LeadMapper.reasons(e.reasons),
                        e.scoredAt))
                .toList());
    }

    /** Every change of the lead, oldest first: who, when, through what, each field before and after. */
    @GET
    @Path("/audit")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "getLeadAudit",
            summary = "A lead's audit trail",
            description = "Every change of the lead, oldest first: who (user, partner client, web form or the service"
                    + " itself), when, through which operation or event, and each changed field before and after."
                    + " Admins and auditors also read the trail of an erased lead.")
    @APIResponse(
            responseCode = "200",
            description = "The audit entries",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = AuditEntry.class)))
    public Uni<List<AuditEntry>> audit(@RestPath UUID id) {
        return leads.audit(id, caller.current());
    }

    /**
     * Starts the conversion (202, status CONVERSION_PENDING): {@code crm.lead.converted.v1} goes out once; the lead
     * shows the contact and account when the contact service answers. Converting again answers the same conversion.
     */
    @POST
    @Path("/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "convertLead",
            summary = "Convert a lead",
            description = "Starts the conversion into a contact and account (existing ones, or new ones), optionally"
                    + " with an opportunity: the lead goes to CONVERSION_PENDING and shows the contact and account"
                    + " once the contact service answers over Kafka. Converting again answers the same conversion."
                    + " The body is optional.")
    @APIResponse(
            responseCode = "202",
            description = "Conversion started (status CONVERSION_PENDING)",
            headers = @Header(name = "ETag"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(
            responseCode = "200",
            description = "Already converted: the lead with its contact and account",
            headers = @Header(name = "ETag"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = "The lead cannot be converted in its current status")
    public Uni<Response> convert(
            @RestPath UUID id,
            @RequestBody(
                            required = false,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(
                                                            name = "with an opportunity",
                                                            value = Examples.CONVERT)))
                    @Valid
                    ConvertInput input) {
        ConvertInput request = input == null ? new ConvertInput(null, null, null, null, null) : input;
        return conversion.convert(id, request, caller.current()).map(LeadActivityResource::accepted);
    }

    private static Response accepted(Lead lead) {
        Response.Status status = lead.status == LeadStatus.CONVERTED ? Response.Status.OK : Response.Status.ACCEPTED;
        return Response.status(status)
                .entity(LeadMapper.toView(lead))
                .tag(ETags.entityTag(lead.version))
                .build();
    }
}
