package io.crmsuite.crm.lead;

import java.util.List;
import java.util.Map;

/** Assignment plans the integration tests publish through the API (as data, like an admin would). */
final class Plans {
    private Plans() {}

    /**
     * 1. East China + Technology + score >= 80 -> the senior team queue (round robin, re-assigned on SLA breach);
     * 2. East China -> team east (round robin over the two east reps); fallback: unassigned.
     */
    static Map<String, Object> eastPlan(String seniorTeam, String east1, String east2, long gradeASeconds) {
        return eastPlan(seniorTeam, east1, east2, gradeASeconds, 24 * 3600, 72 * 3600);
    }

    static Map<String, Object> eastPlan(
            String seniorTeam, String east1, String east2, long gradeA, long gradeB, long others) {
        return Map.of(
                "rules",
                List.of(
                        Map.of(
                                "name",
                                "East China + Technology + score >= 80",
                                "when",
                                Map.of(
                                        "regions",
                                        List.of("East China"),
                                        "industries",
                                        List.of("Technology"),
                                        "minScore",
                                        80),
                                "target",
                                Map.of(
                                        "kind",
                                        "TEAM_QUEUE",
                                        "team",
                                        seniorTeam,
                                        "members",
                                        List.of(east2, east1),
                                        "distribution",
                                        "ROUND_ROBIN"),
                                "reassignOnSlaBreach",
                                true),
                        Map.of(
                                "name",
                                "East China",
                                "when",
                                Map.of("regions", List.of("East China")),
                                "target",
                                Map.of(
                                        "kind",
                                        "TEAM_QUEUE",
                                        "team",
                                        "east",
                                        "members",
                                        List.of(east1, east2),
                                        "distribution",
                                        "ROUND_ROBIN"),
                                "reassignOnSlaBreach",
                                true)),
                "fallback",
                Map.of("name", "Unassigned inbox", "target", Map.of("kind", "UNASSIGNED")),
                "sla",
                Map.of("gradeASeconds", gradeA, "gradeBSeconds", gradeB, "otherSeconds", others));
    }

    static void publish(Map<String, Object> plan) {
        Api.as("admin").body(plan).put("/api/v1/assignment-rules").then().statusCode(200);
    }
}
