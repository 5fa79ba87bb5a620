package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A conversion contact-service refuses, through the gateway and the real services: the lead comes back with the
 * failure, the rep fixes the request and converts again, and exactly one contact exists for the lead.
 */
class ConversionFailureIT {

    private static JsonPath lead(String id) {
        return Api.as("rep.east1")
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aRefusedConversionIsShownOnTheLeadAndTheFixedOneMakesExactlyOneContact() {
        String email = Api.unique("refused") + "@example.com";
        String id = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of(
                        "name", "Xia Tong",
                        "company", Api.unique("Tong Tools"),
                        "email", email,
                        "region", "East China",
                        "source", "REFERRAL"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String refused = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("existingAccountId", UUID.randomUUID().toString()))
                .post("/api/v1/leads/" + id + "/convert")
                .then()
                .statusCode(202)
                .extract()
                .path("conversion.conversionId");
        JsonPath failed = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> lead(id), json -> "FAILED".equals(json.getString("conversion.status")));
        assertEquals("NEW", failed.getString("status"), "back to the status it had");
        assertEquals("ACCOUNT_NOT_FOUND", failed.getString("conversion.failure.reason"));

        String fixed = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of())
                .post("/api/v1/leads/" + id + "/convert")
                .then()
                .statusCode(202)
                .extract()
                .path("conversion.conversionId");
        assertNotEquals(refused, fixed);
        JsonPath converted = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> lead(id), json -> "CONVERTED".equals(json.getString("status")));
        assertEquals(fixed, converted.getString("conversion.conversionId"));
        Api.as("rep.east1")
                .queryParam("email", email)
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1));
    }
}
