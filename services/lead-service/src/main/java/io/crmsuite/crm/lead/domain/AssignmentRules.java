package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.rest.problem.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Pure assignment: which owner a rule's target picks, and what makes a plan publishable. */
public final class AssignmentRules {
    private AssignmentRules() {}

    /**
     * The owner picked by a resolved target ({@link PlanResolution}; null for a queue without members, UNASSIGNED, or
     * a REGION_TEAM that was not resolved).
     */
    public static String pickOwner(
            AssignmentPlan.Target target, long roundRobinTurn, Map<String, Long> openLeads, String excluded) {
        return switch (target.kind()) {
            case USER -> target.userId();
            case UNASSIGNED, REGION_TEAM -> null;
            case TEAM_QUEUE -> pickMember(target, roundRobinTurn, openLeads, excluded);
        };
    }

    private static String pickMember(
            AssignmentPlan.Target target, long turn, Map<String, Long> openLeads, String excluded) {
        List<String> members = target.members().stream()
                .filter(m -> excluded == null || !m.equals(excluded))
                .toList();
        if (members.isEmpty()) {
            return null;
        }
        if (target.distribution() == AssignmentPlan.Distribution.LEAST_LOADED) {
            String best = members.getFirst();
            for (String member : members) {
                if (openLeads.getOrDefault(member, 0L) < openLeads.getOrDefault(best, 0L)) {
                    best = member;
                }
            }
            return best;
        }
        return members.get((int) Math.floorMod(turn, (long) members.size()));
    }

    public static List<FieldError> problems(AssignmentPlan plan) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < plan.rules().size(); i++) {
            check(plan.rules().get(i), "rules[" + i + "]", ids, errors);
        }
        if (plan.sla() == null || !plan.sla().valid()) {
            errors.add(new FieldError("sla", "gradeASeconds, gradeBSeconds and otherSeconds must be positive"));
        }
        if (plan.fallback() == null) {
            errors.add(new FieldError("fallback", "is required: it takes every lead no other rule took"));
        } else {
            check(plan.fallback(), "fallback", ids, errors);
            if (plan.fallback().target() != null
                    && plan.fallback().target().kind() == AssignmentPlan.TargetKind.REGION_TEAM) {
                errors.add(new FieldError(
                        "fallback.target.kind",
                        "must take every lead: USER, TEAM_QUEUE or UNASSIGNED (a region may have no team)"));
            }
        }
        return errors;
    }

    private static void check(AssignmentPlan.Rule rule, String at, Set<UUID> ids, List<FieldError> errors) {
        if (rule.id() != null && !ids.add(rule.id())) {
            errors.add(new FieldError(at + ".id", "is used twice"));
        }
        if (rule.name() == null || rule.name().isBlank() || rule.name().length() > 200) {
            errors.add(new FieldError(at + ".name", "is required (at most 200 characters)"));
        }
        AssignmentPlan.Conditions when = rule.when();
        if (when != null && when.minScore() != null && when.maxScore() != null && when.minScore() > when.maxScore()) {
            errors.add(new FieldError(at + ".when", "minScore must not exceed maxScore"));
        }
        AssignmentPlan.Target target = rule.target();
        if (target == null || target.kind() == null) {
            errors.add(new FieldError(at + ".target.kind", "is required: USER, TEAM_QUEUE, REGION_TEAM or UNASSIGNED"));
            return;
        }
        switch (target.kind()) {
            case USER -> {
                if (target.userId() == null || target.userId().isBlank()) {
                    errors.add(new FieldError(at + ".target.userId", "is required for a USER target"));
                }
                if (target.team() == null || target.team().isBlank()) {
                    errors.add(new FieldError(at + ".target.team", "is required: the user's team"));
                }
            }
            case TEAM_QUEUE -> {
                if (target.team() == null || target.team().isBlank()) {
                    errors.add(new FieldError(at + ".target.team", "is required for a TEAM_QUEUE target"));
                }
                if (target.distribution() == null) {
                    errors.add(new FieldError(at + ".target.distribution", "ROUND_ROBIN or LEAST_LOADED"));
                }
            }
            case REGION_TEAM -> {
                if (target.distribution() == null) {
                    errors.add(new FieldError(at + ".target.distribution", "ROUND_ROBIN or LEAST_LOADED"));
                }
                if (target.team() != null || !target.members().isEmpty()) {
                    errors.add(new FieldError(
                            at + ".target.team", "a REGION_TEAM target takes the team of the lead's region"));
                }
            }
            case UNASSIGNED -> {}
        }
    }
}
