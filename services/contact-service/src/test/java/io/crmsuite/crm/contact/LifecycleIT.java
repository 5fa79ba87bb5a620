package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Lifecycle moves by interactions and purchases (with history and events); inactivity reported once per period. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class LifecycleIT {

    @Test
    void engagementAndRepeatPurchasesMoveTheStageWithHistoryAndEvents() {
        String id = Api.createContact("rep.east1", "{\"givenName\":\"Stage\",\"familyName\":\"Walker\"}");
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            as("rep.east1")
                    .body("{\"kind\":\"MEETING\",\"direction\":\"OUTBOUND\",\"summary\":\"demo\"}")
                    .post("/api/v1/contacts/" + id + "/interactions")
                    .then()
                    .statusCode(201);
            JsonNode awareness = Events.await(
                    contacts,
                    "crm.contact.lifecycle-changed.v1",
                    d -> d.path("contactId").asText().equals(id)
                            && d.path("to").asText().equals("AWARENESS"));
            assertEquals("POTENTIAL", awareness.path("from").asText());
            String purchase = "{\"purchases\":[{\"contactId\":\"%s\",\"amount\":{\"amount\":100,\"currency\":\"CNY\"},"
                    + "\"purchasedAt\":\"%s\"}]}";
            as("admin")
                    .body(purchase.formatted(id, Instant.now().minus(Duration.ofDays(40))))
                    .post("/api/v1/purchases")
                    .then()
                    .statusCode(200);
            as("admin")
                    .body(purchase.formatted(id, Instant.now()))
                    .post("/api/v1/purchases")
                    .then()
                    .statusCode(200);
            Events.await(
                    contacts,
                    "crm.contact.lifecycle-changed.v1",
                    d -> d.path("contactId").asText().equals(id)
                            && d.path("to").asText().equals("LOYAL")
                            && d.path("status").asText().equals("EXISTING"));
        }
        as("rep.east1")
                .get("/api/v1/contacts/" + id + "/lifecycle")
                .then()
                .statusCode(200)
                .body("toStage", contains("POTENTIAL", "AWARENESS", "PURCHASE", "LOYAL"));
        as("admin")
                .body("{\"purchases\":[{\"contactId\":\"" + id + "\",\"amount\":{\"amount\":1,\"currency\":\"USD\"},"
                        + "\"purchasedAt\":\"" + Instant.now() + "\"}]}")
                .post("/api/v1/purchases")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("amount.currency"));
        as("admin")
                .body("{\"purchases\":[{\"contactId\":\"" + UUID.randomUUID() + "\",\"amount\":{\"amount\":1,"
                        + "\"currency\":\"CNY\"},\"purchasedAt\":\"" + Instant.now() + "\"}]}")
                .post("/api/v1/purchases")
                .then()
                .statusCode(400);
    }

    /**
     * The starvation the old check had: it read the first 500 quiet contacts by id and dropped the ones not yet due,
     * so contacts with low ids kept an A-tier customer from ever being reported. Now every due contact is reported in
     * one run, whatever its id, and a contact not due yet is left alone.
     */
    @Test
    void twoThousandQuietContactsWithLowIdsDoNotHideAnATierCustomer() {
        String prefix = UUID.randomUUID().toString().substring(0, 4);
        TestDb.execute(
                "insert into contact (id, given_name, family_name, display_name, name_key, emails, phones, source,"
                        + " owner_id, team, tags, customer_status, lifecycle_stage, search_text, created_at,"
                        + " updated_at, value_tier)"
                        + " select cast('00000000-" + prefix + "-0000-0000-' || lpad(i::text, 12, '0') as uuid),"
                        + " 'Low', 'Id ' || i, 'Low Id ' || i, 'id low', array[]::varchar[], array[]::varchar[],"
                        + " 'IMPORT', 'other', 'west', array[]::varchar[], 'POTENTIAL', 'POTENTIAL', 'low id', now() -"
                        + " interval '10 days', now() - interval '10 days', case when i % 2 = 0 then 'B' end"
                        + " from generate_series(1, 2000) i");
        String aTier = "ffffffff-" + prefix + "-0000-0000-000000000001";
        String notDue = "ffffffff-" + prefix + "-0000-0000-000000000002";
        TestDb.execute(
                "insert into contact (id, given_name, family_name, display_name, name_key, emails, phones, source,"
                        + " owner_id, team, tags, customer_status, lifecycle_stage, search_text, created_at,"
                        + " updated_at, value_tier, last_interaction_at)"
                        + " values (cast(? as uuid), 'Top', 'Customer', 'Top Customer', 'customer top',"
                        + " array[]::varchar[], array[]::varchar[], 'IMPORT', 'other', 'west', array[]::varchar[],"
                        + " 'EXISTING', 'PURCHASE', 'top customer', now() - interval '90 days', now(), 'A',"
                        + " now() - interval '4 days'),"
                        + " (cast(? as uuid), 'Recent', 'Customer', 'Recent Customer', 'customer recent',"
                        + " array[]::varchar[], array[]::varchar[], 'IMPORT', 'other', 'west', array[]::varchar[],"
                        + " 'EXISTING', 'PURCHASE', 'recent customer', now() - interval '90 days', now(), 'A',"
                        + " now() - interval '1 day')",
                aTier,
                notDue);
        int reported = as("admin")
                .post("/api/v1/inactivity/check")
                .then()
                .statusCode(200)
                .extract()
                .path("inactive");
        org.junit.jupiter.api.Assertions.assertTrue(reported >= 2001, reported + " reported");
        String inactive = "select count(*) from crm_outbox where event_key = ? and type = 'crm.contact.inactive.v1'";
        assertEquals(1, TestDb.count(inactive, aTier), "the A-tier customer in the first run");
        assertEquals(0, TestDb.count(inactive, notDue), "quiet for one day only");
        assertEquals(
                2000,
                TestDb.count(
                        "select count(*) from contact where id::text like ? and inactive_notified_at is not null",
                        "00000000-" + prefix + "%"));
        as("admin").post("/api/v1/inactivity/check").then().statusCode(200);
        assertEquals(1, TestDb.count(inactive, aTier), "once per quiet period");
    }

    @Test
    void aQuietContactIsReportedInactiveOncePerQuietPeriod() {
        String id = Api.createContact("rep.east1", "{\"givenName\":\"Quiet\",\"familyName\":\"Customer\"}");
        as("rep.east1")
                .body("{\"kind\":\"CALL\",\"direction\":\"OUTBOUND\",\"occurredAt\":\""
                        + Instant.now().minus(Duration.ofDays(10)) + "\"}")
                .post("/api/v1/contacts/" + id + "/interactions")
                .then()
                .statusCode(201);
        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            as("admin").post("/api/v1/inactivity/check").then().statusCode(200);
            JsonNode inactive = Events.await(contacts, "crm.contact.inactive.v1", d -> d.path("contactId")
                    .asText()
                    .equals(id));
            assertEquals(3, inactive.path("quietDays").asInt(), "the seeds' 3 days, for a contact without a tier too");
        }
        as("admin").post("/api/v1/inactivity/check").then().statusCode(200);
        assertEquals(
                1,
                TestDb.count(
                        "select count(*) from crm_outbox where event_key = ? and type = 'crm.contact.inactive.v1'",
                        id));
        as("rep.east1").post("/api/v1/inactivity/check").then().statusCode(403);
    }

    @Test
    void tasksAreFollowUpsWithDueTimeAndAssignee() {
        String id = Api.createContact("rep.east1", "{\"givenName\":\"Task\",\"familyName\":\"Holder\"}");
        as("rep.east1")
                .body("{\"title\":\"Send the quote\",\"dueAt\":\"2030-01-02T09:00:00Z\","
                        + "\"remindAt\":\"2030-01-02T08:00:00Z\"}")
                .post("/api/v1/contacts/" + id + "/tasks")
                .then()
                .statusCode(201)
                .body("status", equalTo("OPEN"));
        as("rep.east1")
                .body("{\"title\":\"x\",\"dueAt\":\"2030-01-02T09:00:00Z\",\"remindAt\":\"2030-01-03T09:00:00Z\"}")
                .post("/api/v1/contacts/" + id + "/tasks")
                .then()
                .statusCode(400);
        String task = as("rep.east1")
                .get("/api/v1/contacts/" + id + "/tasks")
                .then()
                .body("title", contains("Send the quote"))
                .extract()
                .path("[0].id");
        as("rep.east1")
                .body("{\"status\":\"DONE\"}")
                .put("/api/v1/contacts/" + id + "/tasks/" + task + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"));
        as("rep.east1")
                .body("{\"status\":\"MAYBE\"}")
                .put("/api/v1/contacts/" + id + "/tasks/" + task + "/status")
                .then()
                .statusCode(400);
        as("rep.east2").get("/api/v1/contacts/" + id + "/tasks").then().statusCode(404);
    }
}
