package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.testkit.TestDatabase;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new user on a fresh suite, through the gateway: nobody has published assignment rules, and a visitor in East China
 * types a national mobile number on the public web form without choosing a country. The lead is captured (the number
 * read in the deployment's default country, CN), scored, routed to the east team's senior or junior rep by the built-in
 * plan, and visible to the east's manager as soon as the form is answered.
 */
class OutOfTheBoxIT {
    /** The lead-service database of the suite: the one place that says "no rules were ever published". */
    static final TestDatabase LEADS = new TestDatabase("crm_lead");

    @BeforeAll
    static void noPublishedRules() {
        SuiteStack.environment();
        LEADS.execute("delete from lead_config_version where kind = 'assignment'");
        // the service reads the plan in force at most a second old: wait until it shows the built-in version
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> Api.as("admin")
                                .get("/api/v1/assignment-rules")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<Integer>path("version")
                        == 1);
    }

    @AfterAll
    static void journeyRulesBack() {
        JourneyIT.publishPlan();
    }

    @Test
    void aWebFormLeadWithANationalNumberIsCapturedRoutedToTheEastAndSeenByItsManager() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String national = "138 " + random.nextInt(1000, 10000) + " " + random.nextInt(1000, 10000);
        String email = Api.unique("outofbox") + "@example.com";
        Api.as(Api.ANONYMOUS)
                .contentType("application/json")
                .body(Map.of(
                        "name",
                        "Gao Ming",
                        "company",
                        Api.unique("Ming Trading"),
                        "email",
                        email,
                        "phone",
                        national,
                        "region",
                        "East China",
                        "industry",
                        "Technology",
                        "consent",
                        Map.of("given", true, "text", "You may contact me about CRM Suite")))
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(202);
        // routed in the capture's transaction: the manager finds it at once, without waiting
        String id = JourneyIT.findLead("manager.east", email);
        assertNotNull(id, "manager.east sees the new East China lead");
        JsonPath lead = Api.as("manager.east")
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("+86" + national.replace(" ", ""), lead.getString("phone"));
        assertTrue(lead.getBoolean("phoneVerified"));
        assertEquals("east", lead.getString("assignment.team"));
        String expectedRep = lead.getInt("score.score") >= 80 ? "rep.east1" : "rep.east2";
        assertEquals(Api.subject(expectedRep), lead.getString("assignment.ownerId"), "senior for 80+, else junior");
        assertNotNull(lead.getString("assignment.firstResponseDueAt"));
    }
}
