package io.crmsuite.crm.lead;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** {@code q} on the lead list: name, company, email and phone, within the caller's scope, paged. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadSearchIT {

    private static String create(String user, String name, String company, String phone) {
        Map<String, Object> lead = Api.lead(name);
        lead.put("company", company);
        lead.put("phone", phone);
        return Api.as(user)
                .body(lead)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void qFindsLeadsByNameCompanyEmailOrPhoneWithinTheCallersScope() {
        String token = "zq" + UUID.randomUUID().toString().substring(0, 8);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String mobile = "139" + random.nextInt(1000, 10000) + random.nextInt(1000, 10000);
        String byName = create("rep.east1", "Fang " + token, "Plain Co", null);
        String byCompany = create("rep.east1", "Ling Wu", "Acme " + token.toUpperCase() + " Ltd", "+86" + mobile);
        String other = create("rep.east2", "Hao " + token, "Other Co", null);

        Api.as("rep.east1")
                .queryParam("q", token)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", contains(byCompany, byName)); // newest first; rep.east2's lead is not theirs
        Api.as("admin")
                .queryParam("q", token.toUpperCase())
                .get("/api/v1/leads")
                .then()
                .body("items.id", containsInAnyOrder(byName, byCompany, other));
        // email (Api.lead derives it from the name), phone by its digits however it is written
        Api.as("rep.east1")
                .queryParam("q", "ling.wu.")
                .queryParam("limit", 100)
                .get("/api/v1/leads")
                .then()
                .body("items.id", org.hamcrest.Matchers.hasItem(byCompany));
        String spaced = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        Api.as("rep.east1").queryParam("q", spaced).get("/api/v1/leads").then().body("items.id", contains(byCompany));
        Api.as("rep.east2").queryParam("q", spaced).get("/api/v1/leads").then().body("items", empty());
        // combined with the other filters, and paged with the cursor
        Api.as("admin")
                .queryParam("q", token)
                .queryParam("ownerId", Api.subject("rep.east2"))
                .get("/api/v1/leads")
                .then()
                .body("items.id", contains(other));
        String next = Api.as("admin")
                .queryParam("q", token)
                .queryParam("limit", 2)
                .get("/api/v1/leads")
                .then()
                .body("items", hasSize(2))
                .extract()
                .path("nextCursor");
        Api.as("admin")
                .queryParam("q", token)
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .get("/api/v1/leads")
                .then()
                .body("items.id", contains(byName))
                .body("nextCursor", nullValue());
        // LIKE wildcards are plain text; a term longer than 200 characters is a 400 naming q
        Api.as("admin").queryParam("q", "%").get("/api/v1/leads").then().body("items", empty());
        Api.as("admin")
                .queryParam("q", "x".repeat(201))
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }
}
