package io.crmsuite.crm.lead.rest;

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
import org.jboss.resteasy.reactive.RestPath;

/** What happens to a lead: interactions, its score history, and the conversion. */
@Path("/api/v1/leads/{id}")
@Produces(MediaType.APPLICATION_JSON)
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
    public Uni<Response> addInteraction(@RestPath UUID id, @Valid @NotNull InteractionInput input) {
        return leads.addInteraction(id, input, caller.current())
                .map(interaction -> Response.status(Response.Status.CREATED)
                        .entity(LeadMapper.toView(interaction))
                        .build());
    }

    @GET
    @Path("/interactions")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP, Roles.PARTNER})
    public Uni<List<InteractionView>> interactions(@RestPath UUID id) {
        return leads.interactions(id, caller.current())
                .map(rows -> rows.stream().map(LeadMapper::toView).toList());
    }

    /** Every score the lead had, newest first, with model version and reasons. */
    @GET
    @Path("/score-history")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.SALES_MANAGER, Roles.SALES_REP})
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

    /**
     * Starts the conversion (202, status CONVERSION_PENDING): {@code crm.lead.converted.v1} goes out once; the lead
     * shows the contact and account when the contact service answers. Converting again answers the same conversion.
     */
    @POST
    @Path("/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.SALES_REP})
    public Uni<Response> convert(@RestPath UUID id, @Valid ConvertInput input) {
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
