package io.crmsuite.crm.lead.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.SizeBand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The assignment rules in force (data that managers and admins publish): ordered rules, the first whose conditions
 * all hold wins; the fallback rule takes every lead no other rule took. The first-response SLA per grade is part of it.
 */
public record AssignmentPlan(int version, List<Rule> rules, Rule fallback, SlaPolicy sla) {

    public AssignmentPlan {
        rules = List.copyOf(rules);
    }

    /** The rule for a lead with this score: the first match in order, else the fallback. */
    public Rule match(LeadFacts facts, Integer score) {
        return rules.stream()
                .filter(r -> r.when().test(facts, score))
                .findFirst()
                .orElse(fallback);
    }

    public Optional<Rule> byId(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        if (fallback.id().equals(id)) {
            return Optional.of(fallback);
        }
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Version 1: everything unassigned until a manager or admin publishes rules. */
    public static AssignmentPlan defaults() {
        return new AssignmentPlan(
                1,
                List.of(),
                new Rule(
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        "Unassigned inbox",
                        Conditions.ANY,
                        new Target(TargetKind.UNASSIGNED, null, null, List.of(), null),
                        false),
                SlaPolicy.defaults());
    }

    public AssignmentPlan withVersion(int newVersion) {
        return new AssignmentPlan(newVersion, rules, fallback, sla);
    }

    public record Rule(UUID id, String name, Conditions when, Target target, boolean reassignOnSlaBreach) {}

    /** Every given condition must hold; an empty list or a null bound is no condition. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Conditions(
            List<String> regions,
            List<String> industries,
            List<LeadSource> sources,
            List<SizeBand> sizeBands,
            Integer minScore,
            Integer maxScore) {
        public static final Conditions ANY = new Conditions(List.of(), List.of(), List.of(), List.of(), null, null);

        public Conditions {
            regions = regions == null ? List.of() : List.copyOf(regions);
            industries = industries == null ? List.of() : List.copyOf(industries);
            sources = sources == null ? List.of() : List.copyOf(sources);
            sizeBands = sizeBands == null ? List.of() : List.copyOf(sizeBands);
        }

        public boolean test(LeadFacts facts, Integer score) {
            return textIn(regions, facts.region())
                    && textIn(industries, facts.industry())
                    && (sources.isEmpty() || sources.contains(facts.source()))
                    && (sizeBands.isEmpty() || sizeBands.contains(facts.sizeBand()))
                    && (minScore == null || (score != null && score >= minScore))
                    && (maxScore == null || (score != null && score <= maxScore));
        }

        private static boolean textIn(List<String> allowed, String value) {
            if (allowed.isEmpty()) {
                return true;
            }
            return value != null
                    && allowed.stream().anyMatch(a -> a.trim()
                            .toLowerCase(Locale.ROOT)
                            .equals(value.trim().toLowerCase(Locale.ROOT)));
        }
    }

    public enum TargetKind {
        USER,
        TEAM_QUEUE,
        UNASSIGNED
    }

    public enum Distribution {
        ROUND_ROBIN,
        LEAST_LOADED
    }

    /** A user (with their team), a team queue over members, or nobody (the lead waits for a manager). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(TargetKind kind, String userId, String team, List<String> members, Distribution distribution) {
        public Target {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
