package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journey through the gateway: a public web-form lead is scored, graded and routed to the right rep by the rules;
 * the rep works and converts it; the contact and account appear in the contact service (over Kafka, awaited); the lead
 * shows the conversion; the customer 360 view shows the contact with its originating lead.
 */
class JourneyIT {
    static final String INDUSTRY = "Technology";
    static final String REGION = "East China";

    /** The e2e assignment plan: East China + Technology web-form leads go to rep.east1; everything else to the inbox. */
    @BeforeAll
    static void publishRules() {
        publishPlan();
    }

    static void publishPlan() {
        Api.as("admin")
                .contentType("application/json")
                .body(plan())
                .put("/api/v1/assignment-rules")
                .then()
                .statusCode(200);
    }

    static Map<String, Object> plan() {
        return Map.of(
                "rules",
                List.of(Map.of(
                        "name",
                        "East China + Technology web leads -> rep.east1",
                        "when",
                        Map.of(
                                "regions",
                                List.of(REGION),
                                "industries",
                                List.of(INDUSTRY),
                                "sources",
                                List.of("WEB_FORM")),
                        "target",
                        Map.of("kind", "USER", "userId", Api.subject("rep.east1"), "team", "east"))),
                "fallback",
                Map.of("name", "inbox", "target", Map.of("kind", "UNASSIGNED")),
                "sla",
                Map.of("gradeASeconds", 14_400, "gradeBSeconds", 86_400, "otherSeconds", 259_200));
    }

    @Test
    void aWebFormLeadBecomesACustomerVisibleInThe360View() {
        String email = Api.unique("journey") + "@example.com";
        Api.as(Api.ANONYMOUS)
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Chen Jing",
                        "company",
                        Api.unique("Jing Tech"),
                        "title",
                        "CTO",
                        "email",
                        email,
                        "region",
                        REGION,
                        "industry",
                        INDUSTRY,
                        "companySize",
                        800,
                        "consent",
                        Map.of("given", true, "text", "You may contact me about CRM Suite")))
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(202)
                .body("status", equalTo("received"));

        // scored, graded and assigned to rep.east1 by the rule, found by the rep through the gateway
        String leadId = await().atMost(Duration.ofSeconds(20))
                .until(() -> findLead("rep.east1", email), found -> found != null);
        JsonPath lead = Api.as("rep.east1")
                .get("/api/v1/leads/" + leadId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(Api.subject("rep.east1"), lead.getString("assignment.ownerId"));
        assertEquals("east", lead.getString("assignment.team"));
        assertEquals("East China + Technology web leads -> rep.east1", lead.getString("assignment.ruleName"));
        int score = lead.getInt("score.score");
        String grade = score >= 80 ? "A" : score >= 60 ? "B" : score >= 40 ? "C" : "D";
        assertEquals(grade, lead.getString("score.grade"), "grade bands A >= 80, B >= 60, C >= 40, D");
        double expected = 0.6 * lead.getInt("score.fit") + 0.4 * lead.getInt("score.engagement");
        assertEquals(expected, lead.getInt("score.score"), 1.0, "score = 0.6 fit + 0.4 engagement");

        // the rep works it and converts it
        Api.as("rep.east1")
                .header("If-Match", "\"" + lead.getInt("version") + "\"")
                .contentType("application/json")
                .body(Map.of("status", "WORKING"))
                .post("/api/v1/leads/" + leadId + "/status")
                .then()
                .statusCode(200);
        Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("givenName", "Jing", "familyName", "Chen"))
                .post("/api/v1/leads/" + leadId + "/convert")
                .then()
                .statusCode(202);

        // the contact service creates contact and account over Kafka; the lead records them
        JsonPath converted = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> Api.as("rep.east1")
                                .get("/api/v1/leads/" + leadId)
                                .then()
                                .extract()
                                .jsonPath(),
                        json -> "CONVERTED".equals(json.getString("status")));
        String contactId = converted.getString("conversion.contactId");
        String accountId = converted.getString("conversion.accountId");
        // the lead names the contact and account the contact service made: both exist and belong together
        Api.as("rep.east1")
                .get("/api/v1/contacts/" + contactId)
                .then()
                .statusCode(200)
                .body("emails", hasItem(email))
                .body("ownerId", equalTo(Api.subject("rep.east1")))
                .body("leadId", equalTo(leadId))
                .body("accountId", equalTo(accountId));
        Api.as("rep.east1").get("/api/v1/accounts/" + accountId).then().statusCode(200);

        // the 360 view: the contact, its account and its originating lead (awaited: the first calls warm the services)
        JsonPath view = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> Api.as("rep.east1")
                                .get("/api/v1/customers/" + contactId + "/360")
                                .then()
                                .extract()
                                .jsonPath(),
                        json -> json.getList("degraded") != null
                                && json.getList("degraded").isEmpty());
        assertEquals(contactId, view.getString("contact.id"));
        assertEquals(converted.getString("conversion.accountId"), view.getString("account.id"));
        assertEquals(List.of(leadId), view.getList("leads.id"));
    }

    /** The id of the lead with this email among the newest 100 the user sees, or null. */
    static String findLead(String user, String email) {
        List<Map<String, Object>> items = Api.as(user)
                .get("/api/v1/leads?limit=100")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(item -> email.equals(item.get("email")))
                .map(item -> (String) item.get("id"))
                .findFirst()
                .orElse(null);
    }
}
