package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.lead.LeadAssigned;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.AssignmentRules;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.SlaPolicy;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Routes a lead by the assignment plan in the caller's transaction: records the matched rule, the owner and team, and
 * starts the first-response clock of the lead's grade; emits {@code crm.lead.assigned.v1} when an owner was picked.
 */
@ApplicationScoped
public class LeadAssignment {
    private final LeadRepository leads;
    private final Outbox outbox;

    public LeadAssignment(LeadRepository leads, Outbox outbox) {
        this.leads = leads;
        this.outbox = outbox;
    }

    /** Assigns by the first matching rule. */
    public Uni<Void> assign(Lead lead, AssignmentPlan plan, Instant now) {
        AssignmentPlan.Rule rule = plan.match(LeadMapper.facts(lead), lead.score);
        return pickOwner(rule.target(), null).chain(owner -> record(lead, rule, owner, plan.sla(), now));
    }

    /** Picks the owner by the first matching rule and records it on the lead; the event to write (null: none). */
    public Uni<LeadAssigned> route(Lead lead, AssignmentPlan plan, Instant now) {
        AssignmentPlan.Rule rule = plan.match(LeadMapper.facts(lead), lead.score);
        return pickOwner(rule.target(), null).map(owner -> byRule(lead, rule, owner, plan.sla(), now));
    }

    /** Re-assigns after a re-score only while a rule-routed lead is still New and another rule matches now. */
    public Uni<Void> reassignIfRuleChanged(Lead lead, AssignmentPlan plan, Instant now) {
        AssignmentPlan.Rule rule = ruleChange(lead, plan);
        if (rule == null) {
            return Uni.createFrom().voidItem();
        }
        return pickOwner(rule.target(), null).chain(owner -> record(lead, rule, owner, plan.sla(), now));
    }

    /** The rule a re-scored lead moves to: only a rule-routed lead still New, when another rule matches; else null. */
    public static AssignmentPlan.Rule ruleChange(Lead lead, AssignmentPlan plan) {
        AssignmentPlan.Rule rule = plan.match(LeadMapper.facts(lead), lead.score);
        if (lead.status != io.crmsuite.crm.events.lead.LeadStatus.NEW
                || lead.assignmentRuleId == null // assigned by hand: stays
                || rule.id().equals(lead.assignmentRuleId)) {
            return null;
        }
        return rule;
    }

    /** Gives the lead by hand (a manager or admin, or the rep who created it). */
    public Uni<Void> assignTo(Lead lead, String ownerId, String team, SlaPolicy sla, Instant now) {
        lead.assignmentRuleId = null;
        lead.assignmentRuleName = null;
        return recordOwner(lead, ownerId, team, sla, now);
    }

    /** The owner a rule's target picks; {@code excluded} (the current owner) is skipped on an SLA re-assignment. */
    public Uni<String> pickOwner(AssignmentPlan.Target target, String excluded) {
        if (target.kind() != AssignmentPlan.TargetKind.TEAM_QUEUE
                || target.members().isEmpty()) {
            return Uni.createFrom().item(AssignmentRules.pickOwner(target, 0, Map.of(), excluded));
        }
        if (target.distribution() == AssignmentPlan.Distribution.LEAST_LOADED) {
            return leads.openLeadsPerOwner(target.members())
                    .map(loads -> AssignmentRules.pickOwner(target, 0, loads, excluded));
        }
        return RoundRobinTurns.next(target.team())
                .map(turn -> AssignmentRules.pickOwner(target, turn, Map.of(), excluded));
    }

    /** Records the rule and the owner it picked (null: the lead waits in the rule's team without owner). */
    public Uni<Void> assignByRule(Lead lead, AssignmentPlan.Rule rule, String owner, SlaPolicy sla, Instant now) {
        return record(lead, rule, owner, sla, now);
    }

    private Uni<Void> record(Lead lead, AssignmentPlan.Rule rule, String owner, SlaPolicy sla, Instant now) {
        return emit(byRule(lead, rule, owner, sla, now));
    }

    private Uni<Void> recordOwner(Lead lead, String owner, String team, SlaPolicy sla, Instant now) {
        return emit(toOwner(lead, owner, team, sla, now));
    }

    private Uni<Void> emit(LeadAssigned event) {
        return event == null
                ? Uni.createFrom().voidItem()
                : outbox.append(event).replaceWithVoid();
    }

    /**
     * Pure: records the rule and the owner it picked on the lead (null owner: the lead waits in the rule's team, or in
     * the inbox, and its first-response clock runs all the same: {@link SlaWatch} escalates it when due); the
     * {@code assigned} event to write, or null when none is due.
     */
    public static LeadAssigned byRule(Lead lead, AssignmentPlan.Rule rule, String owner, SlaPolicy sla, Instant now) {
        lead.assignmentRuleId = rule.id();
        lead.assignmentRuleName = rule.name();
        String team = rule.target().team();
        if (owner == null) {
            lead.ownerId = null;
            lead.team = team;
            lead.assignedAt = null;
            lead.firstResponseDueAt = sla.dueAt(lead.grade, now);
            lead.slaBreachedAt = null;
            return null;
        }
        return toOwner(lead, owner, team, sla, now);
    }

    /** Pure: gives the lead to the owner and starts the first-response clock; the event, or null without a team. */
    public static LeadAssigned toOwner(Lead lead, String owner, String team, SlaPolicy sla, Instant now) {
        lead.ownerId = owner;
        lead.team = team;
        lead.assignedAt = now;
        lead.firstResponseDueAt = sla.dueAt(lead.grade, now);
        lead.slaBreachedAt = null;
        lead.updatedAt = now;
        if (team == null) {
            return null; // the event needs a team; a lead without one is assigned silently
        }
        return new LeadAssigned(
                lead.id, owner, team, lead.assignmentRuleId, lead.assignmentRuleName, lead.firstResponseDueAt, now);
    }
}
