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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scoring model and assignment rules are data: reading them is open to managers, admins and auditors; publishing a
 * scoring model is for admins (every open lead is then re-scored in the background), publishing assignment rules for
 * managers and admins. Each publish is a new version; the version in the body is ignored.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Scoring model",
        description = "How leads are scored: fit rules, engagement points, weights and grade bands. Each publish is"
                + " a new version; every open lead is re-scored.")
@Tag(
        name = "Assignment rules",
        description = "How new leads are routed (region, industry, source, score) and the first-response SLA per"
                + " grade. Each publish is a new version.")
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
    @Tag(name = "Scoring model")
    @Operation(
            operationId = "getScoringModel",
            summary = "Read the scoring model",
            description = "The scoring model in force, with its version.")
    @APIResponse(
            responseCode = "200",
            description = "The version in force",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoringModel.class)))
    public Uni<ScoringModel> scoringModel() {
        return config.scoringModel();
    }

    @PUT
    @Path("/scoring-model")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Tag(name = "Scoring model")
    @Operation(
            operationId = "publishScoringModel",
            summary = "Publish a scoring model",
            description = "A new version of the scoring model (the version in the body is ignored); every open lead is"
                    + " re-scored with it in the background. Weights must add up to 1.")
    @APIResponse(
            responseCode = "200",
            description = "The new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScoringModel.class)))
    @APIResponse(responseCode = "409", description = "Another version was published at the same moment: retry")
    public Uni<ScoringModel> publishScoringModel(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples = @ExampleObject(name = "model", value = Examples.SCORING_MODEL)))
                    @NotNull
                    ScoringModel draft) {
        return config.publish(draft, caller.current().subject())
                .invoke(config::forget)
                .invoke(rescoring::soon); // the new version applies to every open lead without waiting for a round
    }

    @GET
    @Path("/assignment-rules")
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER, Roles.AUDITOR})
    @Tag(name = "Assignment rules")
    @Operation(
            operationId = "getAssignmentRules",
            summary = "Read the assignment rules",
            description =
                    "The assignment rules in force, with their version: ordered rules (first match wins), the fallback"
                            + " and the first-response SLA per grade.")
    @APIResponse(
            responseCode = "200",
            description = "The version in force",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentPlan.class)))
    public Uni<AssignmentPlan> assignmentRules() {
        return config.publishedPlan();
    }

    @PUT
    @Path("/assignment-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.SALES_MANAGER})
    @Tag(name = "Assignment rules")
    @Operation(
            operationId = "publishAssignmentRules",
            summary = "Publish assignment rules",
            description =
                    "A new version of the assignment rules (the version in the body is ignored); it applies to leads"
                            + " captured from now on.")
    @APIResponse(
            responseCode = "200",
            description = "The new version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentPlan.class)))
    @APIResponse(responseCode = "409", description = "Another version was published at the same moment: retry")
    public Uni<AssignmentPlan> publishAssignmentRules(
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            examples =
                                                    @ExampleObject(name = "rules", value = Examples.ASSIGNMENT_RULES)))
                    @NotNull
                    AssignmentPlan draft) {
        return config.publish(draft, caller.current().subject()).invoke(config::forget);
    }
}
