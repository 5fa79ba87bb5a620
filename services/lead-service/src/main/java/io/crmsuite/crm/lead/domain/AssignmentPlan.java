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
 * Users are named by Keycloak id or username, queues by team (and seniority); {@link PlanResolution} turns a published
 * plan into the one routing uses, with the directory's users.
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

    /**
     * Version 1, in force until a manager or admin publishes rules: leads go to the sales reps of their region (the
     * reps whose {@code region} attribute is the lead's region, in those reps' team), a score of 80 or more to the
     * senior ones and the others to the junior ones (round robin); a lead from a region without reps waits in the
     * inbox, on the first-response clock like any other.
     */
    public static AssignmentPlan defaults() {
        return new AssignmentPlan(
                1,
                List.of(
                        new Rule(
                                UUID.fromString("00000000-0000-0000-0000-000000000002"),
                                "Score 80 or more: the region's senior reps",
                                new Conditions(List.of(), List.of(), List.of(), List.of(), 80, null),
                                new Target(
                                        TargetKind.REGION_TEAM,
                                        null,
                                        null,
                                        List.of(),
                                        Distribution.ROUND_ROBIN,
                                        RepSeniority.SENIOR),
                                false),
                        new Rule(
                                UUID.fromString("00000000-0000-0000-0000-000000000003"),
                                "Other leads: the region's junior reps",
                                Conditions.ANY,
                                new Target(
                                        TargetKind.REGION_TEAM,
                                        null,
                                        null,
                                        List.of(),
                                        Distribution.ROUND_ROBIN,
                                        RepSeniority.JUNIOR),
                                false)),
                new Rule(
                        UUID.fromString("00000000-0000-0000-0000-000000000001"),
                        "Unassigned inbox",
                        Conditions.ANY,
                        new Target(TargetKind.UNASSIGNED, null, null, List.of(), null, null),
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

    /**
     * USER: one user; TEAM_QUEUE: the members of a team; REGION_TEAM: the team of the sales reps of the lead's region
     * (resolved per region with the directory); UNASSIGNED: nobody, the lead waits in the inbox.
     */
    public enum TargetKind {
        USER,
        TEAM_QUEUE,
        REGION_TEAM,
        UNASSIGNED
    }

    /** The {@code seniority} attribute of users in the realm ({@code senior} / {@code junior}). */
    public enum RepSeniority {
        SENIOR,
        JUNIOR
    }

    public enum Distribution {
        ROUND_ROBIN,
        LEAST_LOADED
    }

    /**
     * A user (with their team), a team queue, the team of the lead's region, or nobody (the lead waits for a manager).
     * {@code userId} and {@code members} name users by Keycloak id or username; a queue without {@code members} takes
     * the team's sales reps from the directory, those of {@code seniority} when it is given (the whole team when
     * nobody in it has that seniority).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(
            TargetKind kind,
            String userId,
            String team,
            List<String> members,
            Distribution distribution,
            RepSeniority seniority) {
        public Target {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
