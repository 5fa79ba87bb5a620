package io.crmsuite.crm.lead.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.lead.LeadGrade;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.service.CaptureResult;
import io.crmsuite.crm.lead.service.LeadCapture;
import io.crmsuite.crm.lead.service.LeadSearch;
import io.crmsuite.crm.lead.service.LeadService;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.idempotency.IdempotencyKeys;
import io.crmsuite.crm.rest.idempotency.IdempotencyScope;
import io.crmsuite.crm.rest.idempotency.IdempotencyStore;
import io.crmsuite.crm.rest.page.Page;
import io.crmsuite.crm.rest.page.Pagination;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Leads: capture (users and partners), read, list, merge-patch, status. Scope rules live in the queries. */
@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Leads",
        description = "Leads from capture to conversion: create (people and partners), read, list, merge-patch, status,"
                + " assignment, interactions, score history and conversion. Reps see their own leads, managers their"
                + " team's, partners the leads they submitted.")
public class LeadResource {
    static final String ROUTE = "/api/v1/leads";

    private final LeadCapture capture;
    private final LeadService leads;
    private final LeadSearch search;
    private final IdempotencyStore idempotency;
    private final Pagination pagination;
    private final CallerIdentity caller;
    private final SecurityIdentity identity;

    public LeadResource(
            LeadCapture capture,
            LeadService leads,
            LeadSearch search,
            IdempotencyStore idempotency,
            Pagination pagination,
            CallerIdentity caller,
            SecurityIdentity identity) {
        this.capture = capture;
        this.leads = leads;
        this.search = search;
        this.idempotency = idempotency;
        this.pagination = pagination;
        this.caller = caller;
        this.identity = identity;
    }

    /**
     * Creates a lead (201), or for a partner upserts by {@code externalId} (200); a repeat of an open lead's person
     * adds an interaction to it instead (200, acknowledgement only). {@code Idempotency-Key} is honoured.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP, Roles.PARTNER})
    @Operation(
            operationId = "createLead",
            summary = "Create a lead",
            description = "Captures a lead: it is scored (fit × 0.6 + 7-day engagement × 0.4) and routed by the"
                    + " assignment rules; a rep's own lead stays theirs. A partner's lead with an `externalId` it sent"
                    + " before updates that lead (upsert, 200). When the person matches an open lead, the capture"
                    + " becomes an interaction of that lead (200 with an acknowledgement only). Owner, score, status"
                    + " and timestamps are never taken from the body.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(
            responseCode = "200",
            description = "A partner's upsert by `externalId` (the lead), or a repeat of an open lead's person (an"
                    + " acknowledgement naming the lead, outcome `INTERACTION_ADDED`)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {LeadView.class, CaptureAck.class})))
    public Uni<Response> create(
            @RestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "partner lead", value = Examples.LEAD)))
                    @Valid
                    @NotNull
                    LeadInput input) {
        Submitter submitter = Submitter.of(caller.current());
        if (idempotencyKey == null) {
            return capture.capture(input, submitter).map(LeadResource::captured);
        }
        return idempotency.execute(
                idempotencyKey, IdempotencyScope.of(identity, "POST", ROUTE), input, () -> capture.captureAlone(
                                input, submitter)
                        .map(LeadResource::captured));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP, Roles.PARTNER})
    @Operation(
            operationId = "listLeads",
            summary = "List leads",
            description = "The leads the caller may see, newest first, a page at a time (`nextCursor`). Filters"
                    + " combine with AND; `q` searches name, company, email and phone.")
    @APIResponse(
            responseCode = "200",
            description = "A page of leads",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadPage.class)))
    public Uni<Page<LeadView>> list(
            @RestQuery("limit") String limit,
            @RestQuery("cursor") String cursor,
            @Parameter(description = "Only leads in this status.") @RestQuery("status") LeadStatus status,
            @Parameter(description = "Only leads from this source.") @RestQuery("source") LeadSource source,
            @Parameter(description = "Only leads with this grade.") @RestQuery("grade") LeadGrade grade,
            @Parameter(
                            description = "Only leads of this owner (user id).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @RestQuery("ownerId")
                    String ownerId,
            @Parameter(
                            description = "Only leads of this team.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @RestQuery("team")
                    String team,
            @Parameter(description = "Only leads converted into (or matched to) this contact.") @RestQuery("contactId")
                    UUID contactId,
            @Parameter(
                            description = "Free-text search: name, company or email contains the text"
                                    + " (case-insensitive); a phone number matches by its digits"
                                    + " (`138 0013 8000` finds +8613800138000).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @RestQuery("q")
                    String q) {
        LeadSearch.Filter filter = new LeadSearch.Filter(status, source, grade, ownerId, team, contactId, q);
        return search.list(caller.current(), filter, pagination.request(limit, cursor))
                .map(page -> page.map(LeadMapper::toView));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP, Roles.PARTNER})
    @Operation(
            operationId = "getLead",
            summary = "Read a lead",
            description = "One lead with its score, assignment and conversion; its `ETag` is the version to send as"
                    + " `If-Match` when changing it.")
    @APIResponse(
            responseCode = "200",
            description = "The lead",
            headers = @Header(name = "ETag"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    public Uni<Response> get(@RestPath UUID id) {
        return leads.get(id, caller.current()).map(LeadResource::ok);
    }

    /** Merge-patch of the writable fields ({@code application/merge-patch+json}); {@code If-Match} honoured. */
    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "patchLead",
            summary = "Change a lead",
            description = "RFC 7396 merge patch of the writable fields (those of a create): a member sets a field,"
                    + " `null` clears it, an absent one keeps it. The lead is re-scored. `If-Match` is optional; when"
                    + " sent it must be current.")
    @APIResponse(
            responseCode = "200",
            description = "The changed lead",
            headers = @Header(name = "ETag"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment: read it again")
    public Uni<Response> patch(
            @RestPath UUID id,
            @RestHeader("If-Match") String ifMatch,
            @RequestBody(
                            content = {
                                @Content(
                                        mediaType = JsonMergePatch.MEDIA_TYPE,
                                        schema = @Schema(implementation = LeadInput.class),
                                        examples = @ExampleObject(name = "new title", value = Examples.LEAD_PATCH)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = LeadInput.class),
                                        examples = @ExampleObject(name = "new title", value = Examples.LEAD_PATCH))
                            })
                    @NotNull
                    JsonNode patch) {
        return leads.patch(id, patch, ifMatch, caller.current()).map(LeadResource::ok);
    }

    /** Moves the lead through its life cycle; an illegal transition is 409. */
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    @Operation(
            operationId = "changeLeadStatus",
            summary = "Change a lead's status",
            description = "Moves the lead through its life cycle (NEW, WORKING, NURTURING, QUALIFIED, DISQUALIFIED,"
                    + " RECYCLED); conversion has its own operation. Disqualifying needs a reason. Leaving NEW stops"
                    + " the first-response clock.")
    @APIResponse(
            responseCode = "200",
            description = "The lead in its new status",
            headers = @Header(name = "ETag"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = "Not a transition allowed from the lead's current status")
    public Uni<Response> changeStatus(
            @RestPath UUID id,
            @RestHeader("If-Match") String ifMatch,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "qualify", value = Examples.STATUS)))
                    @Valid
                    @NotNull
                    StatusChange change) {
        return leads.changeStatus(id, change, ifMatch, caller.current()).map(LeadResource::ok);
    }

    /** Gives the lead to an owner and team (managers within their team, admins). */
    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Operation(
            operationId = "assignLead",
            summary = "Assign a lead",
            description = "Gives the lead to an owner (user id) and team: managers within their own team, admins"
                    + " anywhere. The first-response clock restarts.")
    @APIResponse(
            responseCode = "200",
            description = "The lead with its new owner",
            headers = @Header(name = "ETag"),
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LeadView.class)))
    @APIResponse(responseCode = "409", description = "Changed by someone else at the same moment: read it again")
    public Uni<Response> assign(
            @RestPath UUID id,
            @RestHeader("If-Match") String ifMatch,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "to a rep", value = Examples.ASSIGN)))
                    @Valid
                    @NotNull
                    AssignInput input) {
        return leads.assign(id, input, ifMatch, caller.current()).map(LeadResource::ok);
    }

    static Response ok(Lead lead) {
        return ETags.ok(LeadMapper.toView(lead), lead.version);
    }

    private static Response captured(CaptureResult result) {
        Lead lead = result.lead();
        return switch (result.outcome()) {
            case CREATED ->
                Response.created(URI.create(ROUTE + "/" + lead.id))
                        .entity(LeadMapper.toView(lead))
                        .tag(ETags.entityTag(lead.version))
                        .build();
            case UPDATED -> ok(lead);
            case INTERACTION_ADDED ->
                Response.ok(new CaptureAck(lead.id, result.outcome().name())).build();
        };
    }
}
