package io.crmsuite.crm.lead.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.directory.DirectoryUser;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.SizeBand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The built-in plan and rules naming users by username or team, resolved against the directory's reps. */
class PlanResolutionTest {
    static final List<DirectoryUser> REPS = List.of(
            rep("id-e1", "rep.east1", "east", "East China", "senior"),
            rep("id-e2", "rep.east2", "east", "East China", "junior"),
            rep("id-e3", "rep.east3", "east", "East China", "junior"),
            rep("id-w1", "rep.west1", "west", "West China", "senior"),
            rep("id-x", "rep.nowhere", null, null, null));
    static final List<DirectoryUser> MANAGERS = List.of(rep("id-m", "manager.east", "east", "East China", null));

    static DirectoryUser rep(String id, String username, String team, String region, String seniority) {
        return new DirectoryUser(id, username, username + "@crm.local", true, team, region, seniority);
    }

    static LeadFacts facts(String region) {
        return new LeadFacts(
                "Technology",
                region,
                SizeBand.LARGE,
                "CRM Suite",
                Seniority.EXECUTIVE,
                BigDecimal.ONE,
                LeadSource.WEB_FORM);
    }

    @Test
    void theBuiltInPlanRoutesByRegionAndScoreToSeniorThenJuniorRepsAndTheRestToTheInbox() {
        AssignmentPlan plan = PlanResolution.resolve(AssignmentPlan.defaults(), REPS, MANAGERS);
        AssignmentPlan.Rule eastHigh = plan.match(facts("east china"), 85);
        assertEquals("Score 80 or more: the region's senior reps (East China)", eastHigh.name());
        assertEquals("east", eastHigh.target().team());
        assertEquals(List.of("id-e1"), eastHigh.target().members());
        AssignmentPlan.Rule eastLow = plan.match(facts("East China"), 40);
        assertEquals(List.of("id-e2", "id-e3"), eastLow.target().members());
        assertEquals(AssignmentPlan.Distribution.ROUND_ROBIN, eastLow.target().distribution());
        assertEquals("west", plan.match(facts("West China"), 95).target().team());
        // no junior rep in the west: the whole team takes the others
        assertEquals(
                List.of("id-w1"), plan.match(facts("West China"), 10).target().members());
        AssignmentPlan.Rule elsewhere = plan.match(facts("North China"), 99);
        assertEquals(AssignmentPlan.TargetKind.UNASSIGNED, elsewhere.target().kind());
        assertNull(AssignmentRules.pickOwner(elsewhere.target(), 0, Map.of(), null));
        // a lead keeps pointing at its region's rule, whatever the order the directory lists users in
        AssignmentPlan again = PlanResolution.resolve(AssignmentPlan.defaults(), REPS.reversed(), MANAGERS);
        assertEquals(eastHigh.id(), again.match(facts("East China"), 85).id());
        assertEquals(
                eastLow.target().members(),
                again.match(facts("East China"), 40).target().members());
    }

    @Test
    void usersAreNamedByUsernameAndQueuesByTeam() {
        UUID queueId = UUID.randomUUID();
        AssignmentPlan published = new AssignmentPlan(
                3,
                List.of(
                        new AssignmentPlan.Rule(
                                UUID.randomUUID(),
                                "Retail to the east manager",
                                new AssignmentPlan.Conditions(List.of(), List.of("Retail"), null, null, null, null),
                                new AssignmentPlan.Target(
                                        AssignmentPlan.TargetKind.USER, "Manager.East", null, null, null, null),
                                false),
                        new AssignmentPlan.Rule(
                                queueId,
                                "East queue by name",
                                AssignmentPlan.Conditions.ANY,
                                new AssignmentPlan.Target(
                                        AssignmentPlan.TargetKind.TEAM_QUEUE,
                                        null,
                                        "east",
                                        List.of("rep.east2", "id-e1", "someone-unknown"),
                                        AssignmentPlan.Distribution.LEAST_LOADED,
                                        null),
                                false)),
                new AssignmentPlan.Rule(
                        UUID.randomUUID(),
                        "West juniors or the west",
                        AssignmentPlan.Conditions.ANY,
                        new AssignmentPlan.Target(
                                AssignmentPlan.TargetKind.TEAM_QUEUE,
                                null,
                                "west",
                                List.of(),
                                AssignmentPlan.Distribution.ROUND_ROBIN,
                                AssignmentPlan.RepSeniority.JUNIOR),
                        false),
                SlaPolicy.defaults());
        AssignmentPlan plan = PlanResolution.resolve(published, REPS, MANAGERS);
        AssignmentPlan.Target user = plan.rules().getFirst().target();
        assertEquals("id-m", user.userId());
        assertEquals("east", user.team(), "the user's team from the directory");
        AssignmentPlan.Rule queue = plan.rules().get(1);
        assertEquals(queueId, queue.id());
        assertEquals(
                List.of("id-e2", "id-e1", "someone-unknown"), queue.target().members());
        assertEquals(List.of("id-w1"), plan.fallback().target().members());
        assertEquals(3, plan.version());
    }

    @Test
    void aRegionTeamRuleKeepsItsOwnConditionsAndRegions() {
        AssignmentPlan.Rule rule = new AssignmentPlan.Rule(
                UUID.randomUUID(),
                "Large leads of the west only",
                new AssignmentPlan.Conditions(
                        List.of("West China"), List.of(), List.of(), List.of(SizeBand.LARGE), null, null),
                new AssignmentPlan.Target(AssignmentPlan.TargetKind.REGION_TEAM, null, null, List.of(), null, null),
                true);
        AssignmentPlan plan = PlanResolution.resolve(
                new AssignmentPlan(2, List.of(rule), AssignmentPlan.defaults().fallback(), SlaPolicy.defaults()),
                REPS,
                List.of());
        assertEquals(1, plan.rules().size(), "the east is not in the rule's regions");
        AssignmentPlan.Rule west = plan.rules().getFirst();
        assertEquals(List.of("West China"), west.when().regions());
        assertEquals(List.of(SizeBand.LARGE), west.when().sizeBands());
        assertEquals(AssignmentPlan.Distribution.ROUND_ROBIN, west.target().distribution());
        assertTrue(west.reassignOnSlaBreach());
        assertEquals(
                AssignmentPlan.TargetKind.UNASSIGNED,
                plan.match(facts("East China"), 50).target().kind());
    }
}
