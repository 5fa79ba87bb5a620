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
                .body("total", equalTo(6))
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

    /**
     * Set-based import over several chunks (the test profile uses chunks of 50): repeats of a person inside the upload
     * (by email in another case, by phone) and of an open lead already stored become interactions, never new leads;
     * the engagement of those interactions is in the scores.
     */
    @Test
    void aLargeImportDedupesWithinTheUploadAndAgainstStoredLeads() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String phone = "+86139" + String.format("%08d", new java.util.Random().nextInt(100_000_000));
        String stored = Api.as("admin")
                .body(Map.of("name", "Kept Lead", "email", "kept." + u + "@example.com", "region", "North China"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        StringBuilder csv = new StringBuilder("name,email,phone,region,country,industry,source\n");
        for (int row = 1; row <= 130; row++) {
            String email = "p" + row + "." + u + "@example.com";
            String rowPhone = "";
            if (row == 5) {
                rowPhone = phone;
            } else if (row == 120) {
                email = "P3." + u.toUpperCase() + "@EXAMPLE.COM"; // the person of row 3, two chunks later
            } else if (row == 125) {
                rowPhone = phone; // the person of row 5, by phone
            } else if (row == 128) {
                email = "kept." + u + "@example.com"; // the lead stored before the import
            }
            csv.append("Person ")
                    .append(row)
                    .append(',')
                    .append(email)
                    .append(',')
                    .append(rowPhone)
                    .append(",East China,CN,Technology,TRADE_SHOW\n");
        }
        String location = Api.as("admin")
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(202)
                .body("total", equalTo(130))
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.as("admin")
                .get(location)
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("created", equalTo(127))
                .body("merged", equalTo(3))
                .body("rejected", equalTo(0)));
        org.junit.jupiter.api.Assertions.assertEquals(
                1L, Db.count("select count(*) from lead where email_normalized = ?", "p3." + u + "@example.com"));
        org.junit.jupiter.api.Assertions.assertEquals(1L, Db.count("select count(*) from lead where phone = ?", phone));
        for (String repeated :
                List.of(idByEmail("p3." + u + "@example.com"), idByEmail("p5." + u + "@example.com"), stored)) {
            Api.as("admin")
                    .get("/api/v1/leads/" + repeated + "/interactions")
                    .then()
                    .statusCode(200)
                    .body("type", equalTo(List.of("EVENT_ATTENDED")));
            Api.as("admin")
                    .get("/api/v1/leads/" + repeated)
                    .then()
                    .statusCode(200)
                    .body("score.engagement", equalTo(20));
        }
        Api.as("admin")
                .get("/api/v1/leads/" + idByEmail("p4." + u + "@example.com"))
                .then()
                .statusCode(200)
                .body("source", equalTo("TRADE_SHOW"))
                .body("score.engagement", equalTo(0))
                .body("score.modelVersion", equalTo(Models.currentVersion()));
    }

    private static String idByEmail(String email) {
        return String.valueOf(Db.single("select id from lead where email_normalized = ?", email));
    }
}
