package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.service.ConfigService;
import io.crmsuite.crm.lead.service.LeadRescoring;
import io.crmsuite.crm.security.CallerIdentity;
import io.crmsuite.crm.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Scoring model and assignment rules are data: reading them is open to managers, admins and auditors; publishing a
 * scoring model is for admins (every open lead is then re-scored in the background), publishing assignment rules for
 * managers and admins. Each publish is a new version; the version in the body is ignored.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ScoringModelResource {
    private final ConfigService config;
    private final CallerIdentity caller;
    private final LeadRescoring rescoring;

    public ScoringModelResource(ConfigService config, CallerIdentity caller, LeadRescoring rescoring) {
        this.config = config;
        this.caller = caller;
        this.rescoring = rescoring;
    }

    @GET
    @Path("/scoring-model")
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.AUDITOR})
    public Uni<ScoringModel> scoringModel() {
        return config.scoringModel();
    }

    @PUT
    @Path("/scoring-model")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Uni<ScoringModel> publishScoringModel(@NotNull ScoringModel draft) {
        return config.publish(draft, caller.current().subject())
                .invoke(config::forget)
                .invoke(rescoring::soon); // the new version applies to every open lead without waiting for a round
    }

    @GET
    @Path("/assignment-rules")
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.AUDITOR})
    public Uni<AssignmentPlan> assignmentRules() {
        return config.assignmentPlan();
    }

    @PUT
    @Path("/assignment-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    public Uni<AssignmentPlan> publishAssignmentRules(@NotNull AssignmentPlan draft) {
        return config.publish(draft, caller.current().subject()).invoke(config::forget);
    }
}
