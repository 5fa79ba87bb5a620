package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Duplicate detection on create (default region CN), the candidates list, and merge with audit and event. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class DuplicatesIT {

    @Test
    void zhangWeiWrittenTwoWaysIsFoundAsADuplicateAndMerged() {
        String mobile = Api.randomMobile(); // "138 NNNN NNNN" (eight random digits)
        String email = Api.unique("zhang.wei") + "@example.cn";
        String first = Api.createContact("rep.east1", """
                {"givenName":"Zhang","familyName":"Wei","phones":["+86 %s"],"emails":["%s"],"tags":["budget-ready"]}""".formatted(mobile, email));

        String second = """
                {"givenName":"zhang","familyName":"wei","phones":["%s"],"emails":["%s"],"tags":["service-sensitive"],
                 "hiddenNeeds":"plans a second plant"}""".formatted(mobile.replace(" ", ""), Api.unique("zw.private") + "@example.cn");
        as("rep.east1")
                .body(second)
                .post("/api/v1/contacts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:crm:problem:duplicate-contact"))
                .body("candidates.contactId", contains(first))
                .body("candidates[0].reasons", containsInAnyOrder("PHONE", "NAME"))
                .body("candidates[0].score", equalTo(0.945f));
        // another rep's create is rejected without revealing the match
        as("rep.east2")
                .body(second)
                .post("/api/v1/contacts")
                .then()
                .statusCode(409)
                .body("candidates.size()", equalTo(0))
                .body("hiddenCandidates", equalTo(1));

        String duplicate = Api.createContact("rep.east1", second);
        as("rep.east1")
                .get("/api/v1/contacts/" + first + "/duplicates")
                .then()
                .statusCode(200)
                .body("candidates.contactId", hasItem(duplicate));
        as("rep.east1")
                .body("{\"kind\":\"CALL\",\"direction\":\"OUTBOUND\",\"summary\":\"asked about pricing\"}")
                .post("/api/v1/contacts/" + duplicate + "/interactions")
                .then()
                .statusCode(201);

        try (KafkaTestClient.Tail contacts = KafkaTestClient.tail(Topics.CONTACTS)) {
            as("rep.east1")
                    .body("{\"mergeId\":\"" + duplicate + "\"}")
                    .post("/api/v1/contacts/" + first + "/merge")
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(first))
                    .body("tags", contains("budget-ready", "service-sensitive"))
                    .body("emails.size()", equalTo(2))
                    .body("hiddenNeeds", equalTo("plans a second plant"));
            JsonNode merged = Events.await(contacts, "crm.contact.merged.v1", d -> d.path("mergedId")
                    .asText()
                    .equals(duplicate));
            assertEquals(first, merged.path("survivorId").asText());
            assertEquals("rep.east1", merged.path("mergedBy").asText());
        }
        as("rep.east1").get("/api/v1/contacts/" + duplicate).then().statusCode(404);
        as("rep.east1")
                .get("/api/v1/contacts/" + first + "/interactions")
                .then()
                .statusCode(200)
                .body("summary", contains("asked about pricing"));
        as("rep.east1")
                .get("/api/v1/contacts/" + first + "/audit")
                .then()
                .statusCode(200)
                .body("action", hasItems("created", "merged"))
                .body("find { it.action == 'merged' && it.field == null }.newValue", equalTo(duplicate));
        // the merged-away record stays in the audit trail
        Response trail = as("auditor1").get("/api/v1/contacts/" + duplicate + "/audit");
        trail.then().statusCode(200).body("action", hasItem("merged-away"));
        String record = trail.path("find { it.action == 'merged-away' }.newValue");
        org.junit.jupiter.api.Assertions.assertTrue(record.contains("plans a second plant"), record);
    }

    @Test
    void onDuplicateMergeFoldsTheInputIntoTheExistingContact() {
        String mobile = Api.randomMobile();
        String first = Api.createContact("rep.east1", """
                {"givenName":"Liu","familyName":"Yang","phones":["%s"]}""".formatted(mobile));
        as("rep.east1")
                .queryParam("onDuplicate", "merge")
                .body("""
                {"givenName":"Liu","familyName":"Yang","phones":["+86%s"],"title":"Purchasing lead"}""".formatted(mobile.replace(" ", "")))
                .post("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("id", equalTo(first))
                .body("title", equalTo("Purchasing lead"));
    }

    @Test
    void aPurchaseOfAMergedAwayContactGoesToTheSurvivor() {
        String survivor = Api.createContact("rep.east1", "{\"givenName\":\"Survivor\",\"familyName\":\"Buyer\"}");
        String merged = Api.createContact("rep.east1", "{\"givenName\":\"Merged\",\"familyName\":\"Buyer\"}");
        as("rep.east1")
                .body("{\"mergeId\":\"" + merged + "\"}")
                .post("/api/v1/contacts/" + survivor + "/merge")
                .then()
                .statusCode(200);
        as("admin")
                .body("{\"purchases\":[{\"contactId\":\"" + merged + "\",\"amount\":{\"amount\":50,"
                        + "\"currency\":\"CNY\"},\"purchasedAt\":\"" + java.time.Instant.now() + "\"}]}")
                .post("/api/v1/purchases")
                .then()
                .statusCode(200)
                .body("recorded", equalTo(1));
        as("rep.east1").get("/api/v1/contacts/" + survivor).then().body("value.purchaseCount", equalTo(1));
    }

    @Test
    void mergingAContactTheCallerCannotSeeIsA404() {
        String mine = Api.createContact("rep.east1", "{\"givenName\":\"Mine\",\"familyName\":\"Only\"}");
        String theirs = Api.createContact("rep.east2", "{\"givenName\":\"Theirs\",\"familyName\":\"Only\"}");
        as("rep.east1")
                .body("{\"mergeId\":\"" + theirs + "\"}")
                .post("/api/v1/contacts/" + mine + "/merge")
                .then()
                .statusCode(404);
        as("rep.east1")
                .body("{\"mergeId\":\"" + mine + "\"}")
                .post("/api/v1/contacts/" + mine + "/merge")
                .then()
                .statusCode(400);
    }
}
