package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Consent, export and erasure: after erasure no table of this service holds the person's data. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class PrivacyIT {

    @Test
    void erasureAnonymisesEveryTableAndIsAnnounced() {
        String family = Api.unique("Erasable");
        String email = Api.unique("erase.me") + "@private.cn";
        String mobile = Api.randomMobile();
        String phone = Api.e164(mobile);
        String key = Api.unique("erase-key");
        String id = as("rep.east1")
                .header("Idempotency-Key", key)
                .body("""
                {"givenName":"Xiu","familyName":"%s","emails":["%s"],"phones":["%s"],"birthday":"1990-04-01",
                 "hiddenNeeds":"moving to Shenzhen","tags":["vip"]}""".formatted(family, email, mobile))
                .post("/api/v1/contacts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body("{\"title\":\"Owner of " + family + " Ltd\"}")
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(200);
        as("rep.east1")
                .body("{\"kind\":\"WECHAT\",\"direction\":\"INBOUND\",\"summary\":\"" + family
                        + " asked for a quote\"}")
                .post("/api/v1/contacts/" + id + "/interactions")
                .then()
                .statusCode(201);
        as("rep.east1")
                .body("{\"title\":\"Call " + family + " back\",\"dueAt\":\"2030-01-01T09:00:00Z\"}")
                .post("/api/v1/contacts/" + id + "/tasks")
                .then()
                .statusCode(201);
        as("rep.east1")
                .body("""
                {"channel":"SMS","purpose":"MARKETING","status":"GRANTED","source":"%s in store","legalBasis":"consent"}""".formatted(family))
                .post("/api/v1/contacts/" + id + "/consents")
                .then()
                .statusCode(200);
        // announced: consent changed (first decision: no previous status), and the contact's new state with it
        assertEquals(
                1,
                TestDb.count(
                        "select count(*) from crm_outbox where event_key = ? and type = 'crm.contact.consent-changed.v1'"
                                + " and payload::jsonb ->> 'status' = 'GRANTED' and payload::jsonb ->> 'channel' = 'SMS'"
                                + " and payload::jsonb -> 'previousStatus' = 'null'::jsonb"
                                + " and (payload::jsonb ->> 'marketingConsent')::boolean",
                        id));
        assertEquals(
                1,
                TestDb.count(
                        "select count(*) from crm_outbox where event_key = ? and type = 'crm.contact.updated.v2'"
                                + " and payload::jsonb -> 'changedFields' = '[\"consents\"]'::jsonb"
                                + " and payload::jsonb -> 'contact' -> 'consents' @> '[{\"channel\":\"SMS\","
                                + "\"purpose\":\"MARKETING\",\"status\":\"GRANTED\"}]'::jsonb",
                        id));

        as("admin")
                .get("/api/v1/contacts/" + id + "/export")
                .then()
                .statusCode(200)
                .body("contact.emails", contains(email))
                .body("interactions", hasSize(1))
                .body("tasks", hasSize(1))
                .body("consents[0].channel", equalTo("SMS"))
                .body("audit.field", hasItem("title"));
        as("rep.east1").get("/api/v1/contacts/" + id + "/export").then().statusCode(403);
        as("rep.east1").post("/api/v1/contacts/" + id + "/erasure").then().statusCode(403);
        org.awaitility.Awaitility.await()
                .until(() ->
                        TestDb.count("select count(*) from crm_outbox where event_key = ? and sent_at is not null", id)
                                > 0);

        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            as("admin")
                    .post("/api/v1/contacts/" + id + "/erasure")
                    .then()
                    .statusCode(200)
                    .body("displayName", equalTo("Erased contact"))
                    .body("emails", hasSize(0))
                    .body("birthday", nullValue())
                    .body("erasedAt", org.hamcrest.Matchers.notNullValue());
            JsonNode erased = Events.await(contacts, "crm.contact.erased.v1", d -> d.path("contactId")
                    .asText()
                    .equals(id));
            assertEquals(id, erased.path("contactId").asText());
        }
        for (String pii : List.of(family, email, phone, "moving to Shenzhen", "1990-04-01")) {
            assertEquals(List.of(), TestDb.tablesContaining(pii), "tables still holding " + pii);
        }
        as("admin")
                .get("/api/v1/contacts/" + id + "/audit")
                .then()
                .statusCode(200)
                .body("action", hasItem("erased"));
        as("admin").post("/api/v1/contacts/" + id + "/erasure").then().statusCode(409);
        as("rep.east1")
                .queryParam("q", family.toLowerCase())
                .get("/api/v1/contacts")
                .then()
                .body("items", hasSize(0));
    }
}
