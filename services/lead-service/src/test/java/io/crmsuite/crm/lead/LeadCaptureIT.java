package io.crmsuite.crm.lead;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Capture through the API against the real PostgreSQL, Kafka and Keycloak. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadCaptureIT {
    static String east1;
    static String east2;
    static String seniorTeam;

    @BeforeAll
    static void topics() {
        KafkaTestClient.ensureTopic("crm.leads", 3);
        KafkaTestClient.ensureTopic("crm.contacts", 3);
        east1 = Api.subject("rep.east1");
        east2 = Api.subject("rep.east2");
    }

    @BeforeEach
    void plan() {
        Models.ensureDefaults();
        seniorTeam = "senior-" + UUID.randomUUID().toString().substring(0, 8);
        Plans.publish(Plans.eastPlan(seniorTeam, east1, east2, 4 * 3600));
    }

    @Test
    void aCaptureIsScoredAndAssignedWithCloudEventsAndReRoutedWhenEngagementLiftsTheScore() {
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            String id = Api.as("admin")
                    .body(Api.lead("Ann Lee"))
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(201)
                    .header("ETag", notNullValue())
                    .body("status", equalTo("NEW"))
                    .body("score.fit", equalTo(90))
                    .body("score.engagement", equalTo(0))
                    .body("score.score", equalTo(54))
                    .body("score.grade", equalTo("C"))
                    .body("score.modelVersion", notNullValue())
                    .body("score.reasons.code", hasItem("INDUSTRY_TARGET"))
                    .body("assignment.team", equalTo("east"))
                    .body("assignment.ruleName", equalTo("East China"))
                    .extract()
                    .path("id");

            List<ConsumerRecord<String, String>> seen = leads.awaitRecords(
                    Duration.ofSeconds(60),
                    r -> !Api.ofType(r, id, "crm.lead.captured.v1").isEmpty()
                            && !Api.ofType(r, id, "crm.lead.scored.v1").isEmpty()
                            && !Api.ofType(r, id, "crm.lead.assigned.v1").isEmpty());
            ConsumerRecord<String, String> captured =
                    Api.ofType(seen, id, "crm.lead.captured.v1").getFirst();
            assertEquals("lead-service", KafkaTestClient.header(captured, CloudEventHeaders.SOURCE));
            assertEquals(id, KafkaTestClient.header(captured, CloudEventHeaders.SUBJECT));
            assertEquals("1.0", KafkaTestClient.header(captured, CloudEventHeaders.SPEC_VERSION));
            assertEquals("application/json", KafkaTestClient.header(captured, CloudEventHeaders.CONTENT_TYPE));
            UUID.fromString(KafkaTestClient.header(captured, CloudEventHeaders.ID));
            Instant.parse(KafkaTestClient.header(captured, CloudEventHeaders.TIME));
            assertEquals("TRADE_SHOW", Api.data(captured).get("source").asText());
            JsonNode scored =
                    Api.data(Api.ofType(seen, id, "crm.lead.scored.v1").getFirst());
            assertEquals(54, scored.get("score").asInt());
            JsonNode assigned =
                    Api.data(Api.ofType(seen, id, "crm.lead.assigned.v1").getFirst());
            assertEquals("east", assigned.get("team").asText());
            assertTrue(List.of(east1, east2).contains(assigned.get("ownerId").asText()));

            // five form submissions (20 points each) -> engagement 100 -> 0.6 x 90 + 0.4 x 100 = 94, grade A
            for (int i = 0; i < 5; i++) {
                Api.as("admin")
                        .body(Map.of("type", "FORM_SUBMITTED"))
                        .post("/api/v1/leads/" + id + "/interactions")
                        .then()
                        .statusCode(201);
            }
            Api.as("admin")
                    .get("/api/v1/leads/" + id)
                    .then()
                    .statusCode(200)
                    .body("score.score", equalTo(94))
                    .body("score.grade", equalTo("A"))
                    .body("score.engagement", equalTo(100))
                    .body("assignment.team", equalTo(seniorTeam))
                    .body("assignment.ruleName", equalTo("East China + Technology + score >= 80"));
            leads.awaitRecords(Duration.ofSeconds(60), r -> Api.ofType(r, id, "crm.lead.assigned.v1").stream()
                    .anyMatch(a -> seniorTeam.equals(Api.data(a).get("team").asText())));
        }
    }

    @Test
    void aRepeatedCaptureOfTheSamePersonAddsAnInteractionInsteadOfANewLead() {
        Map<String, Object> body = Api.lead("Bo Chen");
        String id = Api.as("admin")
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> again = Api.lead("Bo Chen");
        again.put("email", ((String) body.get("email")).toUpperCase());
        Api.as("admin")
                .body(again)
                .post("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("leadId", equalTo(id))
                .body("outcome", equalTo("INTERACTION_ADDED"));
        Api.as("admin")
                .get("/api/v1/leads/" + id + "/interactions")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].type", equalTo("EVENT_ATTENDED"));
        Api.as("admin").get("/api/v1/leads/" + id).then().body("score.engagement", equalTo(20));
    }

    /**
     * Captures in flight together are group-committed: the same person sent ten times at once (by an admin and by a
     * rep) still makes one lead and nine interactions, and every other capture its own lead, owned and announced as
     * if it had come alone.
     */
    @Test
    void capturesInFlightTogetherAreGroupCommittedAndStillDedupe() throws Exception {
        Map<String, Object> person = Api.lead("Du Fang");
        String email = (String) person.get("email");
        List<java.util.concurrent.Callable<io.restassured.response.Response>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String user = i % 2 == 0 ? "admin" : "rep.east1";
            calls.add(() -> Api.as(user).body(person).post("/api/v1/leads"));
        }
        for (int i = 0; i < 20; i++) {
            String user = i % 2 == 0 ? "admin" : "rep.east1";
            Map<String, Object> other = Api.lead("Batch " + i);
            calls.add(() -> Api.as(user).body(other).post("/api/v1/leads"));
        }
        Api.as("admin"); // tokens are fetched once per user: before the start gate
        Api.as("rep.east1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        List<io.restassured.response.Response> responses = new java.util.ArrayList<>();
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<io.restassured.response.Response>> futures = new java.util.ArrayList<>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return call.call();
                }));
            }
            gate.countDown();
            for (var future : futures) {
                responses.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            List<io.restassured.response.Response> samePerson = responses.subList(0, 10);
            List<String> createdForPerson = samePerson.stream()
                    .filter(r -> r.statusCode() == 201)
                    .map(r -> r.<String>path("id"))
                    .toList();
            assertEquals(1, createdForPerson.size(), "one lead for the person");
            String personLead = createdForPerson.getFirst();
            samePerson.stream().filter(r -> r.statusCode() != 201).forEach(r -> {
                assertEquals(200, r.statusCode(), r.asString());
                assertEquals(personLead, r.path("leadId"));
                assertEquals("INTERACTION_ADDED", r.path("outcome"));
            });
            assertEquals(1, Db.count("select count(*) from lead where email_normalized = ?", email));
            assertEquals(9, Db.count("select count(*) from lead_interaction where lead_id = ?::uuid", personLead));

            List<io.restassured.response.Response> others = responses.subList(10, 30);
            for (int i = 0; i < others.size(); i++) {
                io.restassured.response.Response response = others.get(i);
                assertEquals(201, response.statusCode(), response.asString());
                // a rep keeps what they enter; an admin's capture is routed by the rules
                assertEquals(i % 2 == 0 ? "East China" : null, response.path("assignment.ruleName"));
                if (i % 2 == 1) {
                    assertEquals(east1, response.path("assignment.ownerId"));
                }
            }
            List<String> created = new java.util.ArrayList<>(
                    others.stream().map(r -> r.<String>path("id")).toList());
            created.add(personLead);
            assertEquals(
                    21,
                    Db.count(
                            "select count(*) from lead where id = any(?::uuid[])",
                            "{" + String.join(",", created) + "}"));
            List<ConsumerRecord<String, String>> seen = leads.awaitRecords(Duration.ofSeconds(60), r -> created.stream()
                    .allMatch(id -> !Api.ofType(r, id, "crm.lead.assigned.v1").isEmpty()));
            for (String id : created) {
                List<String> types = seen.stream()
                        .filter(r -> id.equals(r.key()))
                        .map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE))
                        .toList();
                assertEquals(
                        List.of("crm.lead.captured.v1", "crm.lead.scored.v1", "crm.lead.assigned.v1"),
                        types.subList(0, 3),
                        "events of " + id + " in order");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRepSeesOwnLeadsOnlyAndGets404ForAnotherRepsLead() {
        String mine = Api.as("rep.east1")
                .body(Api.lead("Cai Wen"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .body("assignment.ownerId", equalTo(east1))
                .body("assignment.team", equalTo("east"))
                .extract()
                .path("id");
        Api.as("rep.east1").get("/api/v1/leads/" + mine).then().statusCode(200);
        Api.as("rep.east2").get("/api/v1/leads/" + mine).then().statusCode(404);
        Api.as("rep.west1").get("/api/v1/leads/" + mine).then().statusCode(404);
        Api.as("manager.east").get("/api/v1/leads/" + mine).then().statusCode(200);
        Api.as("manager.west").get("/api/v1/leads/" + mine).then().statusCode(404);
        Api.as("auditor1").get("/api/v1/leads/" + mine).then().statusCode(200);
        Api.as("marketer1").get("/api/v1/leads/" + mine).then().statusCode(403);
        Api.as("rep.east2")
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + mine + "/status")
                .then()
                .statusCode(404);
        List<String> listed = Api.as("rep.east2")
                .get("/api/v1/leads?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(!listed.contains(mine));
        io.restassured.RestAssured.given().get("/api/v1/leads/" + mine).then().statusCode(401);
    }

    @Test
    void aPartnerUpsertsByExternalIdWithIdempotencyKeysAndReadsOnlyItsOwnLeads() {
        String externalId = "acme-" + UUID.randomUUID();
        Map<String, Object> body = Api.lead("Dan Wu");
        body.put("externalId", externalId);
        String key = UUID.randomUUID().toString();
        String id = Api.asPartner()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .body("source", equalTo("PARTNER_API"))
                .extract()
                .path("id");
        Api.asPartner()
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        Api.asPartner()
                .header("Idempotency-Key", key)
                .body(Map.of("name", "Other", "region", "East China"))
                .post("/api/v1/leads")
                .then()
                .statusCode(422);
        body.put("title", "Engineer");
        Api.asPartner()
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("Engineer"))
                .body("score.fit", equalTo(75));
        List<String> visible = Api.asPartner()
                .get("/api/v1/leads?limit=200")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertTrue(visible.contains(id));
        String others = Api.as("admin")
                .body(Api.lead("Eve Xu"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        Api.asPartner().get("/api/v1/leads/" + others).then().statusCode(404);
        Api.asPartner()
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(403);
    }
}
