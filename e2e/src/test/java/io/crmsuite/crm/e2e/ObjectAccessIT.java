package io.crmsuite.crm.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Object- and property-level access through the gateway and straight at the services: rep.east2 (same team, other
 * owner) cannot read, change, convert or find rep.east1's lead or contact; ids, owners, scores and tiers in a request
 * body are never taken; a partner sees only what it submitted.
 */
class ObjectAccessIT {
    private static String email;
    private static String leadId;
    private static String contactId;

    @BeforeAll
    static void repEast1Records() {
        email = Api.unique("owned") + "@example.com";
        leadId = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("name", "Owned Lead", "region", "East China", "email", email))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        contactId = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("givenName", "Owned", "familyName", Api.unique("Person"), "emails", List.of(email)))
                .post("/api/v1/contacts?onDuplicate=allow")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anotherRepCannotReadChangeConvertOrFindTheLead() {
        for (String base : List.of("gateway", "CRM_LEAD_SERVICE_URL")) {
            var as = "gateway".equals(base) ? Api.as("rep.east2") : Api.direct(base, "rep.east2");
            as.get("/api/v1/leads/" + leadId).then().statusCode(404);
        }
        Api.as("rep.east2")
                .header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("notes", "mine now"))
                .patch("/api/v1/leads/" + leadId)
                .then()
                .statusCode(404);
        Api.as("rep.east2")
                .contentType("application/json")
                .body(Map.of("givenName", "A", "familyName", "B"))
                .post("/api/v1/leads/" + leadId + "/convert")
                .then()
                .statusCode(404);
        Api.as("rep.east2")
                .contentType("application/json")
                .body(Map.of("status", "WORKING"))
                .header("If-Match", "\"1\"")
                .post("/api/v1/leads/" + leadId + "/status")
                .then()
                .statusCode(404);
        Api.as("rep.east2")
                .get("/api/v1/leads?limit=200")
                .then()
                .statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(leadId)));
        Api.as("rep.east1").get("/api/v1/leads/" + leadId).then().statusCode(200);
    }

    @Test
    void anotherRepCannotReadChangeOrFindTheContact() {
        for (String base : List.of("gateway", "CRM_CONTACT_SERVICE_URL")) {
            var as = "gateway".equals(base) ? Api.as("rep.east2") : Api.direct(base, "rep.east2");
            as.get("/api/v1/contacts/" + contactId).then().statusCode(404);
        }
        Api.as("rep.east2")
                .header("If-Match", "\"0\"")
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "CEO"))
                .patch("/api/v1/contacts/" + contactId)
                .then()
                .statusCode(404);
        Api.as("rep.east2")
                .get("/api/v1/contacts?email=" + email)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        Api.as("rep.east2")
                .get("/api/v1/contacts?q=" + email)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        Api.as("rep.east2")
                .get("/api/v1/customers/" + contactId + "/360")
                .then()
                .statusCode(404);
        Api.as("rep.east1")
                .get("/api/v1/contacts?email=" + email)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(contactId)));
    }

    @Test
    void readOnlyFieldsInARequestBodyAreNeverTaken() {
        String forgedId = java.util.UUID.randomUUID().toString();
        var created = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of(
                        "id",
                        forgedId,
                        "name",
                        "Forger",
                        "region",
                        "East China",
                        "ownerId",
                        Api.subject("rep.west1"),
                        "score",
                        Map.of("score", 99, "grade", "A"),
                        "status",
                        "QUALIFIED"))
                .post("/api/v1/leads")
                .then()
                .extract();
        if (created.statusCode() == 201) {
            assertNotEquals(forgedId, created.path("id"));
            assertEquals(Api.subject("rep.east1"), created.path("assignment.ownerId"));
            assertEquals("NEW", created.path("status"));
            assertNotEquals(99, (Integer) created.path("score.score"));
        } else {
            assertEquals(400, created.statusCode(), "read-only fields are either ignored or rejected");
        }
        var contact = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of(
                        "givenName", "Tier",
                        "familyName", Api.unique("Forger"),
                        "ownerId", Api.subject("rep.west1"),
                        "value", Map.of("tier", "A"),
                        "lifecycleStage", "LOYAL"))
                .post("/api/v1/contacts?onDuplicate=allow")
                .then()
                .extract();
        if (contact.statusCode() == 201) {
            assertEquals(Api.subject("rep.east1"), contact.path("ownerId"));
            assertEquals("POTENTIAL", contact.path("lifecycleStage"));
            assertNotEquals("A", contact.path("value.tier"));
        } else {
            assertEquals(400, contact.statusCode());
        }
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubmissions() {
        String externalId = Api.unique("erp");
        String partnerLead = Api.as(Api.PARTNER)
                .contentType("application/json")
                .header("Idempotency-Key", Api.unique("idem"))
                .body(Map.of("name", "Partner Lead", "region", "South China", "externalId", externalId))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as(Api.PARTNER).get("/api/v1/leads/" + partnerLead).then().statusCode(200);
        Api.as(Api.PARTNER).get("/api/v1/leads/" + leadId).then().statusCode(404);
        List<String> visible = Api.as(Api.PARTNER)
                .get("/api/v1/leads?limit=200")
                .then()
                .statusCode(200)
                .body("items.source", everyItem(equalTo("PARTNER_API")))
                .extract()
                .path("items.id");
        assertFalse(visible.contains(leadId));
        Api.as(Api.PARTNER).get("/api/v1/contacts").then().statusCode(403);
        Api.direct("CRM_CONTACT_SERVICE_URL", Api.PARTNER)
                .get("/api/v1/contacts")
                .then()
                .statusCode(403);
        Api.as(Api.PARTNER).get("/api/v1/scoring-model").then().statusCode(403);
        Api.as(Api.PARTNER).get("/api/v1/assignment-rules").then().statusCode(403);
    }
}
