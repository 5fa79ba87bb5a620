package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.AssignmentRules;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the owners of many leads at once: round-robin turns are taken per team queue in one query, least-loaded
 * queues read the open-lead counts once and count each lead given while the batch is routed.
 */
@ApplicationScoped
public class BulkOwners {
    private final LeadRepository leads;

    public BulkOwners(LeadRepository leads) {
        this.leads = leads;
    }

    /** The owner for each target, in order (null: the rule's team without owner, or no one). */
    public Uni<List<String>> pick(List<AssignmentPlan.Target> targets) {
        Map<String, Integer> turnsPerTeam = new LinkedHashMap<>();
        Map<String, List<String>> loadedMembers = new LinkedHashMap<>();
        for (AssignmentPlan.Target target : targets) {
            if (target.kind() == AssignmentPlan.TargetKind.TEAM_QUEUE
                    && !target.members().isEmpty()) {
                if (target.distribution() == AssignmentPlan.Distribution.LEAST_LOADED) {
                    loadedMembers.put(target.team(), target.members());
                } else {
                    turnsPerTeam.merge(target.team(), 1, Integer::sum);
                }
            }
        }
        Map<String, Iterator<Long>> turns = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, Integer> team : turnsPerTeam.entrySet()) {
            chain = chain.chain(() -> RoundRobinTurns.next(team.getKey(), team.getValue())
                    .invoke(taken -> turns.put(team.getKey(), taken.iterator()))
                    .replaceWithVoid());
        }
        List<String> allMembers =
                loadedMembers.values().stream().flatMap(List::stream).distinct().toList();
        return chain.chain(() -> leads.openLeadsPerOwner(allMembers)).map(loads -> {
            Map<String, Long> counted = new HashMap<>(loads);
            List<String> owners = new ArrayList<>(targets.size());
            for (AssignmentPlan.Target target : targets) {
                long turn = 0;
                if (target.kind() == AssignmentPlan.TargetKind.TEAM_QUEUE
                        && !target.members().isEmpty()
                        && target.distribution() != AssignmentPlan.Distribution.LEAST_LOADED) {
                    turn = turns.get(target.team()).next();
                }
                String owner = AssignmentRules.pickOwner(target, turn, counted, null);
                if (owner != null) {
                    counted.merge(owner, 1L, Long::sum);
                }
                owners.add(owner);
            }
            return owners;
        });
    }
}
