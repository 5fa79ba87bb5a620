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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Leads: capture (users and partners), read, list, merge-patch, status. Scope rules live in the queries. */
@Path("/api/v1/leads")
@Produces(MediaType.APPLICATION_JSON)
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
    public Uni<Response> create(
            @RestHeader(IdempotencyKeys.HEADER) String idempotencyKey, @Valid @NotNull LeadInput input) {
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
    public Uni<Page<LeadView>> list(
            @RestQuery String limit,
            @RestQuery String cursor,
            @RestQuery String status,
            @RestQuery String source,
            @RestQuery String grade,
            @RestQuery String ownerId,
            @RestQuery String team,
            @RestQuery String contactId) {
        LeadSearch.Filter filter = new LeadSearch.Filter(
                QueryParams.enumValue("status", status, LeadStatus.class),
                QueryParams.enumValue("source", source, LeadSource.class),
                QueryParams.enumValue("grade", grade, LeadGrade.class),
                ownerId,
                team,
                QueryParams.uuid("contactId", contactId));
        return search.list(caller.current(), filter, pagination.request(limit, cursor))
                .map(page -> page.map(LeadMapper::toView));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP, Roles.PARTNER})
    public Uni<Response> get(@RestPath UUID id) {
        return leads.get(id, caller.current()).map(LeadResource::ok);
    }

    /** Merge-patch of the writable fields ({@code application/merge-patch+json}); {@code If-Match} honoured. */
    @PATCH
    @Path("/{id}")
    @Consumes({JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> patch(@RestPath UUID id, @RestHeader("If-Match") String ifMatch, @NotNull JsonNode patch) {
        return leads.patch(id, patch, ifMatch, caller.current()).map(LeadResource::ok);
    }

    /** Moves the lead through its life cycle; an illegal transition is 409. */
    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> changeStatus(
            @RestPath UUID id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull StatusChange change) {
        return leads.changeStatus(id, change, ifMatch, caller.current()).map(LeadResource::ok);
    }

    /** Gives the lead to an owner and team (managers within their team, admins). */
    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    public Uni<Response> assign(
            @RestPath UUID id, @RestHeader("If-Match") String ifMatch, @Valid @NotNull AssignInput input) {
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
