package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Integrations keep their customers in step by their own key: create or replace by external id, never twice. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class ExternalIdUpsertIT {

    @Test
    void theFirstPutCreatesTheNextReplacesAndARetryIsHarmless() {
        String key = Api.unique("ERP-C");
        String path = "/api/v1/contacts/by-external-id/" + key;
        String id = as("rep.east1")
                .body("{\"givenName\":\"Sync\",\"familyName\":\"Customer\",\"title\":\"Buyer\"}")
                .put(path)
                .then()
                .statusCode(201)
                .body("externalId", equalTo(key))
                .extract()
                .path("id");
        String replaced = as("rep.east1")
                .header("Idempotency-Key", key + "-2")
                .body("{\"givenName\":\"Sync\",\"familyName\":\"Customer\",\"title\":\"Head of Buying\","
                        + "\"externalId\":\"ignored-in-favour-of-the-path\"}")
                .put(path)
                .then()
                .statusCode(200)
                .body("title", equalTo("Head of Buying"))
                .body("externalId", equalTo(key))
                .extract()
                .path("id");
        assertEquals(id, replaced, "the same contact, replaced");
        // the same request again (a retried sync) replays the first answer
        as("rep.east1")
                .header("Idempotency-Key", key + "-2")
                .body("{\"givenName\":\"Sync\",\"familyName\":\"Customer\",\"title\":\"Head of Buying\","
                        + "\"externalId\":\"ignored-in-favour-of-the-path\"}")
                .put(path)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        as("rep.east1")
                .get("/api/v1/contacts/" + id + "/audit")
                .then()
                .statusCode(200)
                .body("find { it.field == 'title' }.newValue", equalTo("Head of Buying"));
        // a key held by a contact outside the caller's scope is not revealed, and not taken over
        as("rep.east2")
                .body("{\"givenName\":\"Take\",\"familyName\":\"Over\"}")
                .put(path)
                .then()
                .statusCode(404);
        as("rep.east1").get("/api/v1/contacts/" + id).then().body("givenName", equalTo("Sync"));
        // partners never reach contacts
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(io.crmsuite.crm.testkit.KeycloakTokens.forPartner())
                .contentType("application/json")
                .body("{\"givenName\":\"P\",\"familyName\":\"Q\"}")
                .put(path)
                .then()
                .statusCode(403);
        as("rep.east1")
                .body("{\"givenName\":\"Sync\",\"emails\":[\"not-an-email\"]}")
                .put(path)
                .then()
                .statusCode(400);
    }
}
