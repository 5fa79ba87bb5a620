package io.crmsuite.crm.lead;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scores follow the model in force and the sliding 7-day engagement window, with history kept. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class RescoringIT {

    @org.junit.jupiter.api.BeforeEach
    void defaultModel() {
        Models.ensureDefaults();
    }

    @Test
    void publishingANewModelVersionReScoresOpenLeadsAndKeepsTheHistory() {
        String id = Api.as("admin")
                .body(Api.lead("Rui Fang"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        Map<String, Object> current = Api.as("admin")
                .get("/api/v1/scoring-model")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        Map<String, Object> next = new HashMap<>(current);
        next.put("fitWeight", 0.5);
        next.put("engagementWeight", 0.5);
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            int version = Api.as("admin")
                    .body(next)
                    .put("/api/v1/scoring-model")
                    .then()
                    .statusCode(200)
                    .body("fitWeight", equalTo(0.5f))
                    .extract()
                    .path("version");
            // fit 90, no engagement: 0.5 x 90 = 45 under the new version (54 before)
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("admin")
                    .get("/api/v1/leads/" + id)
                    .then()
                    .body("score.modelVersion", equalTo(version))
                    .body("score.score", equalTo(45)));
            leads.awaitRecords(Duration.ofSeconds(60), r -> Api.ofType(r, id, "crm.lead.scored.v1").stream()
                    .anyMatch(s -> Api.data(s).get("modelVersion").asInt() == version));
            Api.as("admin")
                    .get("/api/v1/leads/" + id + "/score-history")
                    .then()
                    .statusCode(200)
                    .body("[0].score", equalTo(45))
                    .body("[0].modelVersion", equalTo(version))
                    .body("score", hasItem(54));
        } finally {
            Api.as("admin").body(current).put("/api/v1/scoring-model").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> Api.as("admin").get("/api/v1/leads/" + id).then().body("score.score", equalTo(54)));
    }

    @Test
    void engagementLeavesTheScoreWhenItsInteractionLeavesTheSevenDayWindow() {
        String id = Api.as("admin")
                .body(Api.lead("Su Min"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        Instant almostAWeekAgo = Instant.now().minus(Duration.ofDays(7)).plusSeconds(3);
        Api.as("admin")
                .body(Map.of("type", "MEETING", "occurredAt", almostAWeekAgo.toString()))
                .post("/api/v1/leads/" + id + "/interactions")
                .then()
                .statusCode(201);
        Api.as("admin")
                .get("/api/v1/leads/" + id)
                .then()
                .body("score.engagement", equalTo(30))
                .body("score.score", equalTo(66));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("admin")
                .get("/api/v1/leads/" + id)
                .then()
                .body("score.engagement", equalTo(0))
                .body("score.score", equalTo(54)));
    }
}
