package io.crmsuite.crm.lead;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Asynchronous CSV and JSON imports with per-row rejections; duplicates inside an import become interactions. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadImportIT {

    @Test
    void aCsvImportCreatesMergesAndRejectsRowByRow() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String csv = "name,email,phone,region,country,industry,companySize,source\n"
                + "Olga Pan,olga." + u + "@example.com,,East China,CN,Technology,300,TRADE_SHOW\n"
                + "Olga Pan,OLGA." + u + "@example.com,,East China,CN,Technology,300,TRADE_SHOW\n"
                + "Bad Mail,nope,,East China,CN,,,\n"
                + ",no.name." + u + "@example.com,,East China,CN,,,\n"
                + "Size Wrong,size." + u + "@example.com,,East China,CN,,many,\n"
                + "Pei Qin,pei." + u + "@example.com,+86 139 0000 "
                + u.substring(0, 4).replaceAll("[^0-9]", "1")
                + ",North China,CN,Finance,20,\n";
        String location = Api.as("rep.east1")
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(202)
                .body("totalRows", equalTo(6))
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("rep.east1")
                .get(location)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("created", equalTo(2))
                .body("merged", equalTo(1))
                .body("rejected", equalTo(3))
                .body("rejections.row", equalTo(List.of(3, 4, 5)))
                .body("rejections[0].errors[0].field", equalTo("email"))
                .body("rejections[1].errors[0].field", equalTo("name"))
                .body("rejections[2].errors[0].field", equalTo("companySize")));
        Api.as("rep.east2").get(location).then().statusCode(404);
        List<String> mine = Api.as("rep.east1")
                .get("/api/v1/leads?source=TRADE_SHOW&limit=200")
                .then()
                .extract()
                .path("items.email");
        org.junit.jupiter.api.Assertions.assertTrue(mine.contains("olga." + u + "@example.com"));
    }

    @Test
    void aJsonImportAndUnreadableBodies() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        List<Object> rows = List.of(
                Map.of("name", "Quan Ye", "region", "East China", "email", "quan." + u + "@example.com"),
                Map.of("name", "No Region"),
                "not an object");
        String location = Api.as("admin")
                .body(rows)
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("admin")
                .get(location)
                .then()
                .body("status", equalTo("COMPLETED"))
                .body("created", equalTo(1))
                .body("rejected", equalTo(2))
                .body("rejections[0].errors[0].field", equalTo("region")));
        Api.as("admin")
                .body("{\"not\":\"an array\"}")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400);
        Api.as("admin")
                .contentType("text/csv")
                .body("email\nx@example.com\n")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400);
        Api.asPartner().body(rows).post("/api/v1/lead-imports").then().statusCode(403);
    }
}
