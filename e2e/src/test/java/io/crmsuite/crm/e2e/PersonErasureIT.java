package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.crmsuite.crm.testkit.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Privacy by person across services (issue 14, item 9), through the gateway and the real services: a person who was
 * only ever a lead is exported and then erased by their email; afterwards lead-service holds none of their personal
 * data — not in its tables, its stored events or its remembered API responses — and the erasure request shows that
 * contact-service and lead-service both finished, and when.
 */
class PersonErasureIT {
    static final TestDatabase LEADS = new TestDatabase("crm_lead");
    static final TestDatabase CONTACTS = new TestDatabase("crm_contact");

    @BeforeAll
    static void stack() {
        SuiteStack.environment();
    }

    @Test
    void aLeadOnlyPersonIsExportedAndErasedByEmailEverywhere() {
        String family = "Erasable" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String email = family.toLowerCase() + "@example.com";
        String mobile = "139" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        String id = Api.as("rep.east1")
                .contentType("application/json")
                .header("Idempotency-Key", Api.unique("erasure"))
                .body(Map.of(
                        "name",
                        "Mei " + family,
                        "company",
                        Api.unique("Mei Crafts"),
                        "email",
                        email,
                        "phone",
                        mobile,
                        "region",
                        "East China",
                        "source",
                        "REFERRAL",
                        "notes",
                        family + " asked for a call"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "Owner of " + family + " studio"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200);
        Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("type", "CALL", "detail", "spoke with " + family))
                .post("/api/v1/leads/" + id + "/interactions")
                .then()
                .statusCode(201);

        // access request: what lead-service holds about the person, found by email (they were never a contact)
        Api.as("auditor1")
                .contentType("application/json")
                .body(Map.of("email", email.toUpperCase()))
                .post("/api/v1/lead-exports")
                .then()
                .statusCode(200)
                .body("leads.id", equalTo(List.of(id)))
                .body("leads[0].email", equalTo(email))
                .body("interactions[0].items.detail", hasItem("spoke with " + family))
                .body("audit.action", hasItem("created"));
        Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("email", email))
                .post("/api/v1/lead-exports")
                .then()
                .statusCode(403);

        // erasure by email, everywhere
        String request = Api.as("admin")
                .contentType("application/json")
                .body(Map.of("email", email, "reason", "data subject request " + family))
                .post("/api/v1/erasure-requests")
                .then()
                .statusCode(202)
                .body("status", equalTo("IN_PROGRESS"))
                .body("subject", equalTo(email.charAt(0) + "***@example.com"))
                .body("services.find { it.service == 'contact-service' }.status", equalTo("COMPLETED"))
                .body("services.find { it.service == 'contact-service' }.records", equalTo(0))
                .extract()
                .path("id");
        JsonPath done = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> Api.as("auditor1")
                                .get("/api/v1/erasure-requests/" + request)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        json -> "COMPLETED".equals(json.getString("status")));
        assertEquals(1, done.getInt("services.find { it.service == 'lead-service' }.records"));
        assertFalse(done.getString("services.find { it.service == 'lead-service' }.completedAt")
                .isBlank());
        assertFalse(done.getString("completedAt").isBlank());

        // the lead keeps its figures, not the person
        Api.as("rep.east1")
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Erased person"))
                .body("company", org.hamcrest.Matchers.notNullValue());
        for (String personal : List.of(family, email, mobile.substring(3))) {
            assertEquals(List.of(), LEADS.tablesContaining(personal), "lead-service tables holding " + personal);
        }
        // contact-service keeps the request (masked) and its audit; its stored request event lost the identifiers
        assertEquals(List.of(), CONTACTS.tablesContaining(email), "contact-service tables holding " + email);
        Api.as("admin").get("/api/v1/erasure-requests").then().statusCode(200).body("items.id", hasItem(request));
        Api.as("auditor1")
                .queryParam("recordId", id)
                .queryParam("action", "erased")
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].newValue", equalTo("request " + request));
        Api.as("rep.east1").get("/api/v1/erasure-requests/" + request).then().statusCode(403);
    }
}
