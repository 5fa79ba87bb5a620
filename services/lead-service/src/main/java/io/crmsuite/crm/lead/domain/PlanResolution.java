package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.directory.DirectoryUser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pure: a published plan as routing uses it, given the sales reps of the directory (who fill queues) and the users
 * rules may name (reps and managers). Users named by username become Keycloak ids (an unknown name stays as written,
 * as an id); a USER target without team takes the user's team; a team
 * queue without members takes the team's reps (of the rule's seniority, or the whole team when nobody in it has that
 * seniority); a REGION_TEAM rule becomes one rule per region that has reps, limited to that region, whose queue is
 * the team most of the region's reps belong to (ties: the first team by name). Such a rule's id is derived from the
 * rule and the region, so a lead keeps pointing at it; its name ends with the region. A region without reps matches
 * none of them: its leads fall to the next rules, and finally to the fallback.
 */
public final class PlanResolution {
    private PlanResolution() {}

    public static AssignmentPlan resolve(AssignmentPlan plan, List<DirectoryUser> reps, List<DirectoryUser> named) {
        Map<String, String> idByUsername = java.util.stream.Stream.concat(reps.stream(), named.stream())
                .filter(r -> r.username() != null)
                .collect(Collectors.toMap(r -> r.username().toLowerCase(Locale.ROOT), DirectoryUser::id, (a, b) -> a));
        Function<String, String> id =
                name -> name == null ? null : idByUsername.getOrDefault(name.toLowerCase(Locale.ROOT), name);
        List<AssignmentPlan.Rule> rules = new ArrayList<>();
        for (AssignmentPlan.Rule rule : plan.rules()) {
            if (rule.target().kind() == AssignmentPlan.TargetKind.REGION_TEAM) {
                rules.addAll(perRegion(rule, reps));
            } else {
                rules.add(resolved(rule, reps, named, id));
            }
        }
        return new AssignmentPlan(plan.version(), rules, resolved(plan.fallback(), reps, named, id), plan.sla());
    }

    private static AssignmentPlan.Rule resolved(
            AssignmentPlan.Rule rule,
            List<DirectoryUser> reps,
            List<DirectoryUser> named,
            Function<String, String> id) {
        AssignmentPlan.Target t = rule.target();
        AssignmentPlan.Target target =
                switch (t.kind()) {
                    case USER -> {
                        String userId = id.apply(t.userId());
                        String team = t.team() != null
                                ? t.team()
                                : java.util.stream.Stream.concat(reps.stream(), named.stream())
                                        .filter(r -> r.id().equals(userId))
                                        .map(DirectoryUser::team)
                                        .findFirst()
                                        .orElse(null);
                        yield new AssignmentPlan.Target(t.kind(), userId, team, List.of(), null, null);
                    }
                    case TEAM_QUEUE ->
                        new AssignmentPlan.Target(
                                t.kind(),
                                null,
                                t.team(),
                                t.members().isEmpty()
                                        ? members(reps, r -> sameText(r.team(), t.team()), t.seniority())
                                        : t.members().stream()
                                                .map(id)
                                                .distinct()
                                                .toList(),
                                t.distribution(),
                                t.seniority());
                    case REGION_TEAM, UNASSIGNED -> t;
                };
        return new AssignmentPlan.Rule(rule.id(), rule.name(), rule.when(), target, rule.reassignOnSlaBreach());
    }

    private static List<AssignmentPlan.Rule> perRegion(AssignmentPlan.Rule rule, List<DirectoryUser> reps) {
        Map<String, List<DirectoryUser>> byRegion = reps.stream()
                .filter(r -> r.region() != null && r.team() != null)
                .collect(Collectors.groupingBy(
                        r -> r.region().toLowerCase(Locale.ROOT), TreeMap::new, Collectors.toList()));
        AssignmentPlan.Conditions when = rule.when() == null ? AssignmentPlan.Conditions.ANY : rule.when();
        List<AssignmentPlan.Rule> rules = new ArrayList<>();
        for (List<DirectoryUser> regionReps : byRegion.values()) {
            String region = regionReps.getFirst().region();
            if (!when.regions().isEmpty() && when.regions().stream().noneMatch(r -> sameText(r, region))) {
                continue;
            }
            String team = largestTeam(regionReps);
            List<String> members = members(
                    regionReps, r -> team.equals(r.team()), rule.target().seniority());
            rules.add(new AssignmentPlan.Rule(
                    UUID.nameUUIDFromBytes(
                            (rule.id() + "|" + region.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8)),
                    rule.name() + " (" + region + ")",
                    new AssignmentPlan.Conditions(
                            List.of(region),
                            when.industries(),
                            when.sources(),
                            when.sizeBands(),
                            when.minScore(),
                            when.maxScore()),
                    new AssignmentPlan.Target(
                            AssignmentPlan.TargetKind.TEAM_QUEUE,
                            null,
                            team,
                            members,
                            Optional.ofNullable(rule.target().distribution())
                                    .orElse(AssignmentPlan.Distribution.ROUND_ROBIN),
                            rule.target().seniority()),
                    rule.reassignOnSlaBreach()));
        }
        return rules;
    }

    private static String largestTeam(List<DirectoryUser> reps) {
        Map<String, Long> sizes =
                reps.stream().collect(Collectors.groupingBy(DirectoryUser::team, TreeMap::new, Collectors.counting()));
        return sizes.entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    /** The ids of the reps {@code inQueue} selects, of {@code seniority} when any of them has it; in id order. */
    private static List<String> members(
            List<DirectoryUser> reps,
            java.util.function.Predicate<DirectoryUser> inQueue,
            AssignmentPlan.RepSeniority seniority) {
        List<DirectoryUser> queue = reps.stream().filter(inQueue).toList();
        if (seniority != null) {
            List<DirectoryUser> senior = queue.stream()
                    .filter(r -> sameText(r.seniority(), seniority.name()))
                    .toList();
            if (!senior.isEmpty()) {
                queue = senior;
            }
        }
        return queue.stream().map(DirectoryUser::id).sorted().toList();
    }

    /** Directory attributes (team, region, seniority) compare case-insensitively, ignoring surrounding blanks. */
    public static boolean sameText(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
