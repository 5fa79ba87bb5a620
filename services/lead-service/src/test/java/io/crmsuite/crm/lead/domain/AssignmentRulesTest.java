package io.crmsuite.crm.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.SizeBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {
    static final UUID SENIOR = UUID.randomUUID();
    static final UUID EAST = UUID.randomUUID();
    static final UUID FALLBACK = UUID.randomUUID();

    static final AssignmentPlan PLAN = new AssignmentPlan(
            2,
            List.of(
                    new AssignmentPlan.Rule(
                            SENIOR,
                            "East China + Technology + score >= 80",
                            new AssignmentPlan.Conditions(
                                    List.of("East China"), List.of("Technology"), null, null, 80, null),
                            new AssignmentPlan.Target(
                                    AssignmentPlan.TargetKind.TEAM_QUEUE,
                                    null,
                                    "senior",
                                    List.of("s1", "s2", "s3"),
                                    AssignmentPlan.Distribution.ROUND_ROBIN,
                                    null),
                            true),
                    new AssignmentPlan.Rule(
                            EAST,
                            "East China",
                            new AssignmentPlan.Conditions(List.of("east china"), null, null, null, null, null),
                            new AssignmentPlan.Target(
                                    AssignmentPlan.TargetKind.TEAM_QUEUE,
                                    null,
                                    "east",
                                    List.of("e1", "e2"),
                                    AssignmentPlan.Distribution.LEAST_LOADED,
                                    null),
                            false)),
            new AssignmentPlan.Rule(
                    FALLBACK,
                    "Everyone else",
                    AssignmentPlan.Conditions.ANY,
                    new AssignmentPlan.Target(AssignmentPlan.TargetKind.USER, "u-inbound", "inbound", null, null, null),
                    false),
            SlaPolicy.defaults());

    static LeadFacts facts(String region, String industry) {
        return new LeadFacts(
                industry,
                region,
                SizeBand.LARGE,
                "CRM Suite",
                Seniority.EXECUTIVE,
                BigDecimal.ONE,
                LeadSource.WEB_FORM);
    }

    @Test
    void aScoreOf94FromEastChinaTechnologyGoesToTheSeniorTeamRoundRobin() {
        // fit 90 + engagement 100 -> 94 (LeadScorerTest): the first rule matches
        AssignmentPlan.Rule rule = PLAN.match(facts("East China", "Technology"), 94);
        assertEquals(SENIOR, rule.id());
        assertEquals("s1", AssignmentRules.pickOwner(rule.target(), 0, Map.of(), null));
        assertEquals("s2", AssignmentRules.pickOwner(rule.target(), 1, Map.of(), null));
        assertEquals("s1", AssignmentRules.pickOwner(rule.target(), 3, Map.of(), null));
    }

    @Test
    void belowTheScoreThresholdTheNextRuleTakesTheLeadLeastLoaded() {
        AssignmentPlan.Rule rule = PLAN.match(facts("East China", "Technology"), 79);
        assertEquals(EAST, rule.id());
        assertEquals("e2", AssignmentRules.pickOwner(rule.target(), 0, Map.of("e1", 5L, "e2", 3L), null));
        assertEquals("e1", AssignmentRules.pickOwner(rule.target(), 0, Map.of("e1", 3L, "e2", 3L), null));
    }

    @Test
    void anythingElseFallsBackAndAnUnscoredLeadNeverMeetsAScoreCondition() {
        assertEquals(FALLBACK, PLAN.match(facts("West China", "Technology"), 99).id());
        assertEquals(EAST, PLAN.match(facts("East China", "Technology"), null).id());
        assertEquals("u-inbound", AssignmentRules.pickOwner(PLAN.fallback().target(), 0, Map.of(), null));
    }

    @Test
    void reassignmentSkipsTheCurrentOwner() {
        AssignmentPlan.Target queue = PLAN.rules().getFirst().target();
        assertEquals("s2", AssignmentRules.pickOwner(queue, 0, Map.of(), "s1"));
        AssignmentPlan.Target single = new AssignmentPlan.Target(
                AssignmentPlan.TargetKind.TEAM_QUEUE,
                null,
                "x",
                List.of("only"),
                AssignmentPlan.Distribution.ROUND_ROBIN,
                null);
        assertNull(AssignmentRules.pickOwner(single, 0, Map.of(), "only"));
    }

    @Test
    void planValidationNamesTheFields() {
        assertEquals(List.of(), AssignmentRules.problems(PLAN));
        AssignmentPlan bad = new AssignmentPlan(
                0,
                List.of(new AssignmentPlan.Rule(
                        SENIOR,
                        "",
                        new AssignmentPlan.Conditions(null, null, null, null, 90, 10),
                        new AssignmentPlan.Target(AssignmentPlan.TargetKind.TEAM_QUEUE, null, null, null, null, null),
                        false)),
                null,
                new SlaPolicy(0, 1, 1));
        assertEquals(
                List.of(
                        "rules[0].name",
                        "rules[0].when",
                        "rules[0].target.team",
                        "rules[0].target.distribution",
                        "sla",
                        "fallback"),
                AssignmentRules.problems(bad).stream().map(e -> e.field()).toList());
    }
}
