package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.lead.LeadAssigned;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.repository.ScoreHistoryRepository;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Re-scores a page of leads in plain Java and writes the result set-based in the caller's transaction: one batched
 * update of the changed leads (still at the version read), one batch of history rows, one batch of outbox rows ({@code scored}, and
 * {@code assigned} for New rule-routed leads that another rule now takes). The same rules as a single re-score
 * ({@link LeadScoring#compute}, {@link LeadAssignment#ruleChange}).
 */
@ApplicationScoped
public class BulkScoring {
    private final LeadScoring scoring;
    private final LeadRepository leads;
    private final ScoreHistoryRepository history;
    private final BulkOwners owners;
    private final Outbox outbox;

    public BulkScoring(
            LeadScoring scoring,
            LeadRepository leads,
            ScoreHistoryRepository history,
            BulkOwners owners,
            Outbox outbox) {
        this.scoring = scoring;
        this.leads = leads;
        this.history = history;
        this.owners = owners;
        this.outbox = outbox;
    }

    /** The number of leads whose score changed (each got a history row and a {@code scored} event). */
    public Uni<Integer> rescore(
            List<LeadRepository.Scored> page, ScoringModel model, AssignmentPlan plan, Instant now) {
        List<Lead> writes = new ArrayList<>();
        List<ScoreHistoryEntry> history = new ArrayList<>();
        List<EventPayload> events = new ArrayList<>();
        List<Lead> moving = new ArrayList<>();
        List<AssignmentPlan.Rule> rules = new ArrayList<>();
        for (LeadRepository.Scored scored : page) {
            Lead lead = scored.lead();
            Instant expiredBefore = lead.engagementExpiresAt;
            LeadScoring.Change change = scoring.compute(lead, model, scored.touches(), now);
            if (change != null) {
                writes.add(lead);
                history.add(change.entry());
                events.add(change.event());
                AssignmentPlan.Rule rule = LeadAssignment.ruleChange(lead, plan);
                if (rule != null) {
                    moving.add(lead);
                    rules.add(rule);
                }
            } else if (!Objects.equals(expiredBefore, lead.engagementExpiresAt)) {
                writes.add(lead);
            }
        }
        return owners.pick(rules.stream().map(AssignmentPlan.Rule::target).toList())
                .chain(owners -> {
                    for (int i = 0; i < moving.size(); i++) {
                        LeadAssigned assigned =
                                LeadAssignment.byRule(moving.get(i), rules.get(i), owners.get(i), plan.sla(), now);
                        if (assigned != null) {
                            events.add(assigned);
                        }
                    }
                    return leads.updateScores(writes)
                            .chain(() -> this.history.insertAll(history))
                            .chain(() -> outbox.append(events));
                })
                .replaceWith(history.size());
    }
}
