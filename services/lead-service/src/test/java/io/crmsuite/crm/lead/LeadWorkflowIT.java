package io.crmsuite.crm.lead;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Status machine, conversion round trip over Kafka, first-response SLA. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadWorkflowIT {
    static String east1;
    static String east2;

    @BeforeAll
    static void setUp() {
        KafkaTestClient.ensureTopic("crm.leads", 3);
        KafkaTestClient.ensureTopic("crm.contacts", 3);
        east1 = Api.subject("rep.east1");
        east2 = Api.subject("rep.east2");
    }

    @Test
    void illegalTransitionsAre409AndDisqualifyingNeedsAReason() {
        String id = Api.as("rep.east1")
                .body(Api.lead("Fay Lin"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        String etag =
                Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().header("ETag");
        Api.as("rep.east1")
                .header("If-Match", "\"999\"")
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(412);
        Api.as("rep.east1")
                .header("If-Match", etag)
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("WORKING"))
                .body("assignment.firstRespondedAt", notNullValue());
        Api.as("rep.east1")
                .body(Map.of("status", "CONVERTED"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crm:problem:illegal-state-transition"));
        Api.as("rep.east1")
                .body(Map.of("status", "DISQUALIFIED"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Api.as("rep.east1")
                .body(Map.of("status", "DISQUALIFIED", "reason", "no budget"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(200);
        Api.as("rep.east1")
                .body(Map.of("status", "QUALIFIED"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(409);
    }

    @Test
    void convertingTwiceEmitsOneLeadConvertedAndContactCreatedCompletesIt() {
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            String id = Api.as("rep.east1")
                    .body(Api.lead("Gao Yan"))
                    .post("/api/v1/leads")
                    .then()
                    .extract()
                    .path("id");
            Map<String, Object> request = Map.of(
                    "opportunity",
                    Map.of(
                            "name",
                            "Gao Yan - CRM Suite",
                            "amount",
                            Map.of("amount", 120000, "currency", "CNY"),
                            "closeDate",
                            "2026-12-31"));
            String conversionId = Api.as("rep.east1")
                    .body(request)
                    .post("/api/v1/leads/" + id + "/convert")
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("CONVERSION_PENDING"))
                    .body("conversion.status", equalTo("PENDING"))
                    .extract()
                    .path("conversion.conversionId");
            Api.as("rep.east1")
                    .body(request)
                    .post("/api/v1/leads/" + id + "/convert")
                    .then()
                    .statusCode(202)
                    .body("conversion.conversionId", equalTo(conversionId));
            Api.as("rep.east2")
                    .body(request)
                    .post("/api/v1/leads/" + id + "/convert")
                    .then()
                    .statusCode(404);

            List<ConsumerRecord<String, String>> seen =
                    leads.awaitRecords(Duration.ofSeconds(60), r -> !Api.ofType(r, id, "crm.lead.converted.v1")
                            .isEmpty());
            JsonNode converted =
                    Api.data(Api.ofType(seen, id, "crm.lead.converted.v1").getFirst());
            assertEquals(conversionId, converted.get("conversionId").asText());
            assertEquals("Gao", converted.get("contact").get("givenName").asText());
            assertEquals("Yan", converted.get("contact").get("familyName").asText());
            assertEquals(east1, converted.get("ownerId").asText());
            assertEquals(
                    "CNY",
                    converted.get("opportunity").get("amount").get("currency").asText());

            String contactId = UUID.randomUUID().toString();
            String accountId = UUID.randomUUID().toString();
            Api.sendContactEvent(
                    contactId,
                    "crm.contact.created.v1",
                    "{\"contactId\":\"" + contactId + "\",\"accountId\":\"" + accountId + "\",\"ownerId\":\"" + east1
                            + "\",\"team\":\"east\",\"emails\":[\""
                            + converted.get("contact").get("email").asText()
                            + "\"],\"phones\":[],\"leadId\":\"" + id + "\",\"conversionId\":\"" + conversionId
                            + "\",\"matchedExisting\":false,\"source\":\"LEAD_CONVERSION\",\"createdAt\":\""
                            + java.time.Instant.now() + "\"}");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                    .get("/api/v1/leads/" + id)
                    .then()
                    .body("status", equalTo("CONVERTED"))
                    .body("conversion.status", equalTo("COMPLETED"))
                    .body("conversion.contactId", equalTo(contactId))
                    .body("conversion.accountId", equalTo(accountId)));
            Api.as("rep.east1")
                    .body(request)
                    .post("/api/v1/leads/" + id + "/convert")
                    .then()
                    .statusCode(200)
                    .body("conversion.conversionId", equalTo(conversionId));
            // exactly one lead-converted event for the lead, after all three convert calls
            String sentinel = Api.as("rep.east1")
                    .body(Api.lead("Hu Jun"))
                    .post("/api/v1/leads")
                    .then()
                    .extract()
                    .path("id");
            List<ConsumerRecord<String, String>> all =
                    leads.awaitRecords(Duration.ofSeconds(60), r -> !Api.ofType(r, sentinel, "crm.lead.captured.v1")
                            .isEmpty());
            assertEquals(1, Api.ofType(all, id, "crm.lead.converted.v1").size());

            // the read model now flags a new lead with the converted person's email as matching the contact
            Map<String, Object> same = Api.lead("Gao Yan");
            same.put("email", converted.get("contact").get("email").asText());
            String matched = Api.as("rep.east1")
                    .body(same)
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(201)
                    .body("matchedContactId", equalTo(contactId))
                    .extract()
                    .path("id");
            // a personal value in the matched lead's audit trail, which the erasure below must remove
            String personalTitle = "Title " + UUID.randomUUID();
            Api.as("rep.east1")
                    .contentType("application/merge-patch+json")
                    .body(Map.of("title", personalTitle, "industry", "Retail"))
                    .patch("/api/v1/leads/" + matched)
                    .then()
                    .statusCode(200);

            // the contact service merges the new contact into another: the lead follows the survivor (also in the
            // contactId filter the gateway's 360 view uses) ...
            String survivorId = UUID.randomUUID().toString();
            Api.sendContactEvent(
                    contactId,
                    "crm.contact.merged.v1",
                    "{\"survivorId\":\"" + survivorId + "\",\"mergedId\":\"" + contactId
                            + "\",\"mergedBy\":\"admin\",\"mergedAt\":\"" + java.time.Instant.now() + "\"}");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                    .get("/api/v1/leads?contactId=" + survivorId)
                    .then()
                    .statusCode(200)
                    .body("items.id", equalTo(List.of(id))));
            Api.as("rep.east1")
                    .get("/api/v1/leads?contactId=" + contactId)
                    .then()
                    .body("items", org.hamcrest.Matchers.empty());
            Api.as("rep.east1").get("/api/v1/leads?contactId=not-a-uuid").then().statusCode(400);
            // an account merge moves the lead's account reference to the surviving account
            String survivorAccount = UUID.randomUUID().toString();
            Api.sendContactEvent(
                    accountId,
                    "crm.contact.account-merged.v1",
                    "{\"survivorId\":\"" + survivorAccount + "\",\"mergedId\":\"" + accountId
                            + "\",\"mergedBy\":\"admin\",\"mergedAt\":\"" + java.time.Instant.now() + "\"}");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                    .get("/api/v1/leads/" + id)
                    .then()
                    .body("conversion.accountId", equalTo(survivorAccount)));
            // ... and when the person is erased, the lead keeps its figures but loses every personal value
            Api.sendContactEvent(
                    survivorId,
                    "crm.contact.erased.v1",
                    "{\"contactId\":\"" + survivorId + "\",\"requestId\":\"" + UUID.randomUUID() + "\",\"erasedAt\":\""
                            + java.time.Instant.now() + "\"}");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                    .get("/api/v1/leads/" + id)
                    .then()
                    .body("name", equalTo("Erased person"))
                    .body("email", org.hamcrest.Matchers.nullValue())
                    .body("phone", org.hamcrest.Matchers.nullValue())
                    .body("status", equalTo("CONVERTED"))
                    .body("region", org.hamcrest.Matchers.notNullValue()));
            // ... and the audit trails keep who changed what and the non-personal values, but no personal value
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("auditor1")
                    .get("/api/v1/leads/" + matched + "/audit")
                    .then()
                    .body("findAll { it.action == 'erased' }.actor", equalTo(List.of("system:lead-service"))));
            String trail = Api.as("auditor1")
                    .get("/api/v1/leads/" + matched + "/audit")
                    .then()
                    .statusCode(200)
                    .body("find { it.field == 'title' }.newValue", equalTo("[erased]"))
                    .body("find { it.field == 'title' }.actor", equalTo("rep.east1"))
                    .body("find { it.field == 'industry' }.newValue", equalTo("Retail"))
                    .extract()
                    .asString();
            org.junit.jupiter.api.Assertions.assertFalse(trail.contains(personalTitle), trail);
            Api.as("auditor1")
                    .get("/api/v1/leads/" + id + "/audit")
                    .then()
                    .body("find { it.action == 'converted' && it.field == 'status' }.newValue", equalTo("CONVERTED"))
                    .body("find { it.action == 'converted' && it.field == 'status' }.via", startsWith("event:"));
        }
    }

    @Test
    void aRefusedConversionPutsTheLeadBackWithTheFailureAndItCanBeConvertedAgain() {
        String id = Api.as("rep.east1")
                .body(Api.lead("Wen Qiao"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        String etag =
                Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().header("ETag");
        Api.as("rep.east1")
                .header("If-Match", etag)
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(200);
        String refused = Api.as("rep.east1")
                .body(Map.of("existingAccountId", UUID.randomUUID().toString()))
                .post("/api/v1/leads/" + id + "/convert")
                .then()
                .statusCode(202)
                .extract()
                .path("conversion.conversionId");
        // the contact service's answer, as it sends it
        Api.sendContactEvent(
                id,
                "crm.contact.conversion-failed.v1",
                "{\"leadId\":\"" + id + "\",\"conversionId\":\"" + refused + "\",\"reason\":\"ACCOUNT_NOT_FOUND\","
                        + "\"message\":\"The account chosen to attach to does not exist.\",\"errors\":[],"
                        + "\"failedAt\":\"" + java.time.Instant.now() + "\"}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                .get("/api/v1/leads/" + id)
                .then()
                .body("status", equalTo("WORKING"))
                .body("conversion.status", equalTo("FAILED"))
                .body("conversion.failure.reason", equalTo("ACCOUNT_NOT_FOUND"))
                .body("conversion.failure.message", equalTo("The account chosen to attach to does not exist.")));
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            String again = Api.as("rep.east1")
                    .body(Map.of())
                    .post("/api/v1/leads/" + id + "/convert")
                    .then()
                    .statusCode(202)
                    .body("status", equalTo("CONVERSION_PENDING"))
                    .body("conversion.status", equalTo("PENDING"))
                    .body("conversion.failure", org.hamcrest.Matchers.nullValue())
                    .extract()
                    .path("conversion.conversionId");
            org.junit.jupiter.api.Assertions.assertNotEquals(refused, again, "a new conversion");
            List<ConsumerRecord<String, String>> seen =
                    leads.awaitRecords(Duration.ofSeconds(60), r -> !Api.ofType(r, id, "crm.lead.converted.v1")
                            .isEmpty());
            JsonNode converted =
                    Api.data(Api.ofType(seen, id, "crm.lead.converted.v1").getFirst());
            assertEquals(again, converted.get("conversionId").asText());
            assertTrue(converted.get("existingAccountId").isNull(), "the fixed request");
        }
        // a late answer for the refused conversion changes nothing: the new one still completes (both keyed by the
        // lead, so the late answer is consumed first)
        Api.sendContactEvent(
                id,
                "crm.contact.conversion-failed.v1",
                "{\"leadId\":\"" + id + "\",\"conversionId\":\"" + refused + "\",\"reason\":\"ACCOUNT_NOT_FOUND\","
                        + "\"message\":\"late\",\"errors\":[],\"failedAt\":\"" + java.time.Instant.now() + "\"}");
        String again =
                Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().path("conversion.conversionId");
        String contactId = UUID.randomUUID().toString();
        // contact-service's answer as it publishes it now (v2, the contact's whole state); v1 is still understood
        String accountId = UUID.randomUUID().toString();
        Api.sendContactEvent(
                id,
                "crm.contact.created.v2",
                "{\"contactId\":\"" + contactId + "\",\"version\":0,\"leadId\":\"" + id
                        + "\",\"conversionId\":\"" + again + "\",\"matchedExisting\":false,"
                        + "\"source\":\"LEAD_CONVERSION\",\"createdAt\":\"" + java.time.Instant.now() + "\","
                        + "\"contact\":{\"displayName\":\"Wen Qiao\",\"emails\":[],\"phones\":[],\"accountId\":\""
                        + accountId + "\",\"tags\":[],\"consents\":[],\"lifecycleStage\":\"POTENTIAL\","
                        + "\"customerStatus\":\"POTENTIAL\",\"marketingConsent\":false,\"ownerId\":\"" + east1
                        + "\",\"team\":\"east\"}}");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                .get("/api/v1/leads/" + id)
                .then()
                .body("status", equalTo("CONVERTED"))
                .body("conversion.contactId", equalTo(contactId))
                .body("conversion.accountId", equalTo(accountId)));
    }

    @Test
    void aLeadStillNewAtItsDueTimeBreachesTheSlaAndIsReassigned() {
        String team = "senior-" + UUID.randomUUID().toString().substring(0, 8);
        Plans.publish(Plans.eastPlan(team, east1, east2, 1, 1, 1));
        try (KafkaTestClient.Tail leads = KafkaTestClient.tail("crm.leads")) {
            String id = Api.as("admin")
                    .body(Api.lead("Iris Ma"))
                    .post("/api/v1/leads")
                    .then()
                    .extract()
                    .path("id");
            List<ConsumerRecord<String, String>> seen =
                    leads.awaitRecords(Duration.ofSeconds(60), r -> !Api.ofType(r, id, "crm.lead.sla-breached.v1")
                            .isEmpty());
            JsonNode breach =
                    Api.data(Api.ofType(seen, id, "crm.lead.sla-breached.v1").getFirst());
            String first = breach.get("ownerId").asText();
            String next = first.equals(east1) ? east2 : east1;
            assertEquals("east", breach.get("team").asText());
            assertEquals(next, breach.get("reassignedTo").asText());
            Api.as("admin")
                    .get("/api/v1/leads/" + id)
                    .then()
                    .body("assignment.ownerId", equalTo(next))
                    .body("assignment.slaBreachedAt", notNullValue());
            // the audit trail says the service itself moved the lead, and why
            Api.as("auditor1")
                    .get("/api/v1/leads/" + id + "/audit")
                    .then()
                    .body("find { it.action == 'sla-reassigned' && it.field == 'ownerId' }.oldValue", equalTo(first))
                    .body("find { it.action == 'sla-reassigned' && it.field == 'ownerId' }.newValue", equalTo(next))
                    .body("find { it.action == 'sla-reassigned' }.actor", equalTo("system:lead-service"))
                    .body("find { it.action == 'sla-reassigned' }.via", equalTo("schedule:lead-sla-watch"));
        } finally {
            Plans.publish(Plans.eastPlan(team, east1, east2, 4 * 3600));
        }
    }
}
