package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the lead service stopped, the 360 view still answers 200 with the contact and names the missing part. */
class Degraded360IT {

    @Test
    void aStoppedServiceIsNamedInDegradedAndTheViewStillAnswers() {
        String contactId = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("givenName", "Degraded", "familyName", Api.unique("View")))
                .post("/api/v1/contacts?onDuplicate=allow")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        SuiteStack.stop("lead-service");
        try {
            JsonPath view = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> Api.as("rep.east1")
                                    .get("/api/v1/customers/" + contactId + "/360")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath(),
                            json -> json.getList("degraded").contains("leads"));
            assertEquals(contactId, view.getString("contact.id"));
            assertNull(view.get("leads"), "a degraded part is left out, not shown empty");
            assertEquals(List.of(), view.getList("timeline"));
        } finally {
            SuiteStack.start("lead-service");
        }
    }
}
