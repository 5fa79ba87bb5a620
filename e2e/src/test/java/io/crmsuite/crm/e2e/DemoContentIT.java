package io.crmsuite.crm.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.local.DemoContent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The demo content of {@code make run} loads through the real gateway and services as the demo users — every step is
 * accepted, so it obeys every rule — and shows what a new user should find: accounts, contacts with consent, tasks
 * and a value tier, leads at every status visible to their manager, one converted into a contact.
 */
class DemoContentIT {

    @Test
    void theDemoContentLoadsThroughTheApiAndShowsEveryStatus() {
        Map<String, String> env = SuiteStack.environment();
        String tag = "-t" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        String num = String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        DemoContent.Loaded loaded =
                new DemoContent(env.get("CRM_GATEWAY_URL"), env.get("CRM_KEYCLOAK_URL"), "crm").load(tag, num);
        assertEquals(3, loaded.requests().get("accounts"));
        assertEquals(4, loaded.requests().get("contacts"));

        Api.as("rep.east1")
                .get("/api/v1/contacts/" + loaded.ids().get("wei"))
                .then()
                .statusCode(200)
                .body("marketingConsent", equalTo(true))
                .body("value.purchaseCount", equalTo(1))
                .body("lifecycleStage", equalTo("PURCHASE"));
        Api.as("rep.east1")
                .get("/api/v1/contacts/" + loaded.ids().get("wei") + "/tasks")
                .then()
                .statusCode(200)
                .body("title", hasItems("Send the ink contract quote"));
        Api.as("marketer1")
                .get("/api/v1/contacts/" + loaded.ids().get("lina"))
                .then()
                .statusCode(404); // withdrew marketing consent: marketers do not see her
        for (Map.Entry<String, String> lead : Map.of(
                        "new", "NEW",
                        "working", "WORKING",
                        "nurturing", "NURTURING",
                        "qualified", "QUALIFIED",
                        "disqualified", "DISQUALIFIED",
                        "recycled", "RECYCLED")
                .entrySet()) {
            Api.as("manager.east")
                    .get("/api/v1/leads/" + loaded.ids().get(lead.getKey()))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(lead.getValue()));
        }
        String converted = loaded.ids().get("converted");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> Api.as("rep.east1")
                        .get("/api/v1/leads/" + converted)
                        .then()
                        .body("status", equalTo("CONVERTED")));
        Api.as("manager.west")
                .get("/api/v1/leads/" + loaded.ids().get("west"))
                .then()
                .statusCode(200);
        // the public web form's lead is captured (where it is routed depends on the plan other tests publish)
        Api.as("admin")
                .queryParam("q", "qian.yu" + tag)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].source", equalTo("WEB_FORM"));
    }
}
