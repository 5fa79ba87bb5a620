package io.crmsuite.crm.lead;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.lead.domain.ConfigVersion;
import io.crmsuite.crm.lead.service.ConfigService;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Routing out of the box, against the realm's users in the real Keycloak: the built-in plan sends leads to the reps of
 * their region (senior reps for a score of 80 or more, junior ones for the others), rules name users by username and
 * queues by team, and a lead left in the inbox past its first-response time is escalated.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class RoutingIT {
    @Inject
    ConfigService config;

    @BeforeEach
    void builtInPlanAndAScoreThatIsTheFit() {
        KafkaTestClient.ensureTopic("crm.leads", 3);
        Db.execute("delete from lead_config_version where kind = ?", ConfigVersion.ASSIGNMENT);
        Map<String, Object> model =
                Api.as("admin").get("/api/v1/scoring-model").then().extract().as(Map.class);
        model.put("fitWeight", 1);
        model.put("engagementWeight", 0);
        Api.as("admin").body(model).put("/api/v1/scoring-model").then().statusCode(200);
        config.forget();
    }

    @AfterEach
    void defaults() {
        Db.execute("delete from lead_config_version where kind = ?", ConfigVersion.ASSIGNMENT);
        config.forget();
        Models.ensureDefaults();
    }

    private static JsonPath capture(String name, String region, String title, String industry) {
        Map<String, Object> lead = Api.lead(name);
        lead.put("region", region);
        lead.put("title", title);
        lead.put("industry", industry);
        return Api.as("admin")
                .body(lead)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    @Test
    void theBuiltInPlanSendsALeadToItsRegionsSeniorOrJuniorRepsAndTheRestToTheInbox() {
        JsonPath high = capture("Hong Xu", "East China", "VP Sales", "Technology");
        assertEquals(90, high.getInt("score.score"), "fit only: every rule but the budget");
        assertEquals(Api.subject("rep.east1"), high.getString("assignment.ownerId"), "the east's senior rep");
        assertEquals("east", high.getString("assignment.team"));
        JsonPath low = capture("Lu Bai", "East China", "Clerk", "Retail");
        assertEquals(50, low.getInt("score.score"));
        assertEquals(Api.subject("rep.east2"), low.getString("assignment.ownerId"), "the east's junior rep");
        // the west has no junior rep: its whole team takes the others
        assertEquals(
                Api.subject("rep.west1"),
                capture("Qi Shen", "West China", "Clerk", "Retail").getString("assignment.ownerId"));
        JsonPath north = capture("Ru Dai", "North China", "VP Sales", "Technology");
        assertNull(north.getString("assignment.ownerId"), "no rep in the north: the inbox");
        assertNull(north.getString("assignment.team"));
        Api.as("admin")
                .get("/api/v1/leads/" + north.getString("id"))
                .then()
                .body("assignment.firstResponseDueAt", notNullValue())
                .body("assignment.ruleName", equalTo("Unassigned inbox"));
        // the region's manager sees the routed leads (team scope), not the inbox one
        Api.as("manager.east")
                .get("/api/v1/leads/" + high.getString("id"))
                .then()
                .statusCode(200);
        Api.as("manager.east")
                .get("/api/v1/leads/" + low.getString("id"))
                .then()
                .statusCode(200);
        Api.as("manager.east")
                .get("/api/v1/leads/" + north.getString("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void rulesNameUsersByUsernameAndQueuesByTeamAndSeniority() {
        Plans.publish(Map.of(
                "rules",
                List.of(
                        Map.of(
                                "name", "Retail to rep.west1",
                                "when", Map.of("industries", List.of("Retail")),
                                "target", Map.of("kind", "USER", "userId", "rep.west1", "team", "west")),
                        Map.of(
                                "name",
                                "The east's juniors",
                                "target",
                                Map.of(
                                        "kind", "TEAM_QUEUE",
                                        "team", "east",
                                        "seniority", "JUNIOR",
                                        "distribution", "ROUND_ROBIN"))),
                "fallback",
                Map.of("name", "Unassigned inbox", "target", Map.of("kind", "UNASSIGNED")),
                "sla",
                Map.of("gradeASeconds", 3600, "gradeBSeconds", 3600, "otherSeconds", 3600)));
        Api.as("admin")
                .get("/api/v1/assignment-rules")
                .then()
                .body("rules[0].target.userId", equalTo("rep.west1"))
                .body("rules[1].target.members", equalTo(List.of()));
        assertEquals(
                Api.subject("rep.west1"),
                capture("Yan Gu", "East China", "Clerk", "Retail").getString("assignment.ownerId"));
        assertEquals(
                Api.subject("rep.east2"),
                capture("Jun Ke", "West China", "VP Sales", "Technology").getString("assignment.ownerId"));
    }

    @Test
    void aLeadInTheInboxPastItsDueTimeIsEscalatedToTheRegionsManagersElseTheAdmins() {
        Plans.publish(Map.of(
                "rules", List.of(),
                "fallback", Map.of("name", "Unassigned inbox", "target", Map.of("kind", "UNASSIGNED")),
                "sla", Map.of("gradeASeconds", 1, "gradeBSeconds", 1, "otherSeconds", 1)));
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            String east =
                    capture("Mo Fu", "East China", "VP Sales", "Technology").getString("id");
            String north =
                    capture("An Le", "North China", "VP Sales", "Technology").getString("id");
            List<ConsumerRecord<String, String>> seen = leads.awaitRecords(
                    Duration.ofSeconds(60),
                    r -> !Api.ofType(r, east, "crm.lead.inbox-sla-breached.v1").isEmpty()
                            && !Api.ofType(r, north, "crm.lead.inbox-sla-breached.v1")
                                    .isEmpty());
            JsonNode toManager = Api.data(
                    Api.ofType(seen, east, "crm.lead.inbox-sla-breached.v1").getFirst());
            assertEquals("East China", toManager.get("region").asText());
            assertEquals("sales-manager", toManager.get("escalatedRole").asText());
            assertEquals(List.of(Api.subject("manager.east")), texts(toManager.get("escalatedTo")));
            JsonNode toAdmins = Api.data(
                    Api.ofType(seen, north, "crm.lead.inbox-sla-breached.v1").getFirst());
            assertEquals("crm-admin", toAdmins.get("escalatedRole").asText());
            assertEquals(List.of(Api.subject("admin")), texts(toAdmins.get("escalatedTo")));
            assertEquals(
                    1, Api.ofType(seen, east, "crm.lead.inbox-sla-breached.v1").size(), "reported once");
            Api.as("admin")
                    .get("/api/v1/leads/" + east)
                    .then()
                    .body("assignment.ownerId", nullValue())
                    .body("assignment.slaBreachedAt", notNullValue())
                    .body("assignment.ruleName", containsString("inbox"));
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
