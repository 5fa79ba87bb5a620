package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.domain.InteractionType;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.repository.InteractionRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Records interactions and re-scores (and, while New, re-routes) the lead, in the caller's transaction. */
@ApplicationScoped
public class LeadInteractions {
    private final InteractionRepository interactions;
    private final ConfigService config;
    private final LeadScoring scoring;
    private final LeadAssignment assignment;

    public LeadInteractions(
            InteractionRepository interactions, ConfigService config, LeadScoring scoring, LeadAssignment assignment) {
        this.interactions = interactions;
        this.config = config;
        this.scoring = scoring;
        this.assignment = assignment;
    }

    public Uni<LeadInteraction> record(
            Lead lead, InteractionType type, Instant occurredAt, String detail, String by, Instant now) {
        LeadInteraction interaction = new LeadInteraction();
        interaction.id = UUID.randomUUID();
        interaction.leadId = lead.id;
        interaction.type = type;
        interaction.occurredAt = occurredAt;
        interaction.detail = detail;
        interaction.recordedBy = by;
        interaction.createdAt = now;
        lead.updatedAt = now;
        return interactions.persist(interaction).call(interactions::flush).call(() -> rescoreAndRoute(lead, now));
    }

    /** Re-scores with the model in force; a changed score of a New lead may move it to another rule's owner. */
    public Uni<Void> rescoreAndRoute(Lead lead, Instant now) {
        return config.scoringModel()
                .chain(model -> scoring.rescore(lead, model, now))
                .chain(changed -> changed
                        ? config.assignmentPlan().chain(plan -> assignment.reassignIfRuleChanged(lead, plan, now))
                        : Uni.createFrom().voidItem());
    }
}
