package io.crmsuite.crm.lead;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merge-patch with If-Match, read-only fields refused, and re-assignment by managers only. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadUpdateIT {

    @BeforeEach
    void defaultModel() {
        Models.ensureDefaults();
    }

    @Test
    void aMergePatchChangesOnlyTheGivenFieldsHonoursIfMatchAndReScores() {
        String id = Api.as("rep.east1")
                .body(Api.lead("Tao Hu"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        String etag =
                Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().header("ETag");
        // read-only fields are never taken: not ignored either (issue 14), a patch naming them is refused whole
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of(
                        "title", "Engineer",
                        "status", "CONVERTED",
                        "score", Map.of("score", 100),
                        "ownerId", "someone-else"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("status", "score", "ownerId"))
                .body("errors.message", everyItem(equalTo("is not a known field")));
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "Engineer", "notes", "met at the fair"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("Engineer"))
                .body("notes", equalTo("met at the fair"))
                .body("company", org.hamcrest.Matchers.startsWith("Acme"))
                .body("status", equalTo("NEW"))
                .body("assignment.ownerId", equalTo(Api.subject("rep.east1")))
                .body("score.fit", equalTo(75))
                .body("score.score", equalTo(45));
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "CTO"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .body("{\"company\": null, \"email\": \"broken\"}")
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("email"));
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .body("{\"company\": null}")
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("company", nullValue());
        Api.as("rep.east2")
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "CTO"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(404);
    }

    @Test
    void managersReassignWithinTheirTeamRepsCannot() {
        String id = Api.as("rep.east1")
                .body(Api.lead("Wen Bo"))
                .post("/api/v1/leads")
                .then()
                .extract()
                .path("id");
        String east2 = Api.subject("rep.east2");
        Api.as("rep.east1")
                .body(Map.of("ownerId", east2, "team", "east"))
                .post("/api/v1/leads/" + id + "/assign")
                .then()
                .statusCode(403);
        Api.as("manager.west")
                .body(Map.of("ownerId", east2, "team", "east"))
                .post("/api/v1/leads/" + id + "/assign")
                .then()
                .statusCode(404);
        Api.as("manager.east")
                .body(Map.of("ownerId", east2, "team", "east"))
                .post("/api/v1/leads/" + id + "/assign")
                .then()
                .statusCode(200)
                .body("assignment.ownerId", equalTo(east2))
                .body("assignment.ruleId", nullValue());
        Api.as("rep.east1").get("/api/v1/leads/" + id).then().statusCode(404);
        Api.as("rep.east2").get("/api/v1/leads/" + id).then().statusCode(200);
    }
}
