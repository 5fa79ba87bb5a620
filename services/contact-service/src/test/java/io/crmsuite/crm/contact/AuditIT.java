package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The account audit endpoint and the auditors' searches of contact-service's trail (issue 14, item 10): per account
 * within the caller's scope, and by record, actor, action and time range across every contact or account.
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class AuditIT {

    @Test
    void anAccountsTrailShowsWhoChangedWhatAndAuditorsSearchIt() {
        String name = Api.unique("Audit Works");
        String id = as("rep.east1")
                .body("{\"name\":\"" + name + "\",\"industry\":\"Retail\"}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String etag =
                as("rep.east1").get("/api/v1/accounts/" + id).then().extract().header("ETag");
        as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("industry", "Machinery"))
                .patch("/api/v1/accounts/" + id)
                .then()
                .statusCode(200);

        JsonPath trail = as("manager.east")
                .get("/api/v1/accounts/" + id + "/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("created", trail.getString("[0].action"));
        assertEquals(name, trail.getString("[0].newValue"));
        Map<String, Object> industry = trail.getMap("find { it.field == 'industry' }");
        assertEquals("Retail", industry.get("oldValue"));
        assertEquals("Machinery", industry.get("newValue"));
        assertEquals("rep.east1", industry.get("actor"));
        assertEquals("account", industry.get("recordType"));
        as("rep.west1").get("/api/v1/accounts/" + id + "/audit").then().statusCode(404);
        as("support.lead").get("/api/v1/accounts/" + id + "/audit").then().statusCode(403);

        as("auditor1")
                .queryParam("recordId", id)
                .queryParam("action", "updated")
                .get("/api/v1/audit/accounts")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].field", equalTo("industry"));
        // the same id is no contact: the contact search answers nothing for it
        as("auditor1")
                .queryParam("recordId", id)
                .get("/api/v1/audit/contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as("rep.east1").get("/api/v1/audit/accounts").then().statusCode(403);
    }

    @Test
    void auditorsFindAContactsChangesByActor() {
        String id = Api.createContact(
                "rep.east1",
                "{\"givenName\":\"Audit\",\"familyName\":\"" + Api.unique("Xu") + "\",\"emails\":[\""
                        + Api.unique("audit") + "@example.com\"]}");
        as("admin")
                .queryParam("recordId", id)
                .queryParam("actor", "rep.east1")
                .get("/api/v1/audit/contacts")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("created"))
                .body("items.actor", everyItem(equalTo("rep.east1")))
                .body("items.recordType", everyItem(equalTo("contact")));
        as("admin")
                .queryParam("recordId", id)
                .queryParam("actor", "someone.else")
                .get("/api/v1/audit/contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as("auditor1")
                .queryParam("tier", "A")
                .get("/api/v1/audit/contacts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("tier"));
    }
}
