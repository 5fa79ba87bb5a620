package io.crmsuite.crm.lead;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lead-service's audit trail (issue 14, item 10): each change of a lead is recorded in its transaction — field, old
 * and new value, who, through which operation — readable per lead within the caller's scope and searchable by
 * auditors by record, actor, action and time range.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadAuditIT {

    @BeforeEach
    void defaultModel() {
        Models.ensureDefaults();
    }

    @Test
    void everyChangeIsRecordedWithWhoWhatAndThroughWhichOperation() {
        Instant start = Instant.now();
        String id = Api.as("rep.east1")
                .body(Api.lead("Audit Wu"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag =
                Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().header("ETag");
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "CTO", "notes", "met at the fair"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200);
        // a refused change (stale If-Match) leaves no entry
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "CEO"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(412);
        etag = Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().header("ETag");
        Api.as("rep.east1")
                .header("If-Match", etag)
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + id + "/status")
                .then()
                .statusCode(200);
        etag = Api.as("manager.east")
                .get("/api/v1/leads/" + id)
                .then()
                .extract()
                .header("ETag");
        Api.as("manager.east")
                .header("If-Match", etag)
                .body(Map.of("ownerId", Api.subject("rep.east2"), "team", "east"))
                .post("/api/v1/leads/" + id + "/assign")
                .then()
                .statusCode(200);

        JsonPath trail = Api.as("auditor1")
                .get("/api/v1/leads/" + id + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("created", "updated", "updated", "status-changed", "assigned"),
                trail.getList("action").subList(0, 5));
        assertEquals("TRADE_SHOW", trail.getString("find { it.action == 'created' }.newValue"));
        assertEquals("rep.east1", trail.getString("find { it.action == 'created' }.actor"));
        assertEquals("api:POST /api/v1/leads", trail.getString("find { it.action == 'created' }.via"));
        Map<String, Object> title = trail.getMap("find { it.field == 'title' }");
        assertEquals("VP Sales", title.get("oldValue"));
        assertEquals("CTO", title.get("newValue"));
        assertEquals("rep.east1", title.get("actor"));
        assertEquals("api:PATCH /api/v1/leads/{id}", title.get("via"));
        assertEquals("met at the fair", trail.getString("find { it.field == 'notes' }.newValue"));
        assertEquals(List.of(), trail.getList("findAll { it.newValue == 'CEO' }"));
        Map<String, Object> status = trail.getMap("find { it.field == 'status' }");
        assertEquals("NEW", status.get("oldValue"));
        assertEquals("WORKING", status.get("newValue"));
        Map<String, Object> owner = trail.getMap("find { it.field == 'ownerId' }");
        assertEquals(Api.subject("rep.east1"), owner.get("oldValue"));
        assertEquals(Api.subject("rep.east2"), owner.get("newValue"));
        assertEquals("manager.east", owner.get("actor"));
        assertEquals("api:POST /api/v1/leads/{id}/assign", owner.get("via"));

        // per lead, within the caller's scope: the new owner and the manager see it, another team does not
        Api.as("rep.east2").get("/api/v1/leads/" + id + "/audit").then().statusCode(200);
        Api.as("rep.west1")
                .get("/api/v1/leads/" + id + "/audit")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.asPartner().get("/api/v1/leads/" + id + "/audit").then().statusCode(403);
        Api.as("auditor1")
                .get("/api/v1/leads/" + java.util.UUID.randomUUID() + "/audit")
                .then()
                .statusCode(404);

        // auditors search by record, actor, action and time range, newest first
        Api.as("auditor1")
                .queryParam("recordId", id)
                .queryParam("actor", "manager.east")
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(200)
                .body("items", hasSize(1)) // the team stayed east: only the owner changed
                .body("items.field", contains("ownerId"))
                .body("items.action", everyItem(equalTo("assigned")))
                .body("nextCursor", nullValue());
        Api.as("auditor1")
                .queryParam("recordId", id)
                .queryParam("action", "created")
                .queryParam("from", start.toString())
                .queryParam("to", Instant.now().plusSeconds(60).toString())
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].recordId", equalTo(id))
                .body("items[0].recordType", equalTo("lead"));
        Api.as("auditor1")
                .queryParam("recordId", id)
                .queryParam("to", start.toString())
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void auditorsPageThroughTheTrailNewestFirstAndBadQueriesAreProblems() {
        String id = Api.as("rep.east1")
                .body(Api.lead("Page Lu"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag =
                Api.as("rep.east1").get("/api/v1/leads/" + id).then().extract().header("ETag");
        Api.as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "CFO", "notes", "second", "industry", "Retail"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200);
        JsonPath first = Api.as("admin")
                .queryParam("recordId", id)
                .queryParam("limit", "2")
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        JsonPath rest = Api.as("admin")
                .queryParam("recordId", id)
                .queryParam("limit", "10")
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> ids = new java.util.ArrayList<>(first.getList("items.id"));
        ids.addAll(rest.getList("items.id"));
        // created + the 3 changed fields (not the score they changed: it has its own history), none twice, newest first
        assertEquals(4, ids.size());
        assertEquals(4, ids.stream().distinct().count());
        assertEquals("created", rest.getString("items[-1].action"));
        assertNotEquals("created", first.getString("items[0].action"));

        Api.as("rep.east1").get("/api/v1/audit/leads").then().statusCode(403);
        Api.as("manager.east").get("/api/v1/audit/leads").then().statusCode(403);
        Api.as("auditor1")
                .queryParam("from", "2026-02-01T00:00:00Z")
                .queryParam("to", "2026-01-01T00:00:00Z")
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("to"));
        Api.as("auditor1")
                .queryParam("recordId", "not-a-uuid")
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("recordId"));
        Api.as("auditor1")
                .queryParam("actor", "x".repeat(201))
                .get("/api/v1/audit/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("actor"));
    }
}
