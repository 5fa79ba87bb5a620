package io.crmsuite.crm.lead;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx problem+json, never a 5xx; the public web form acknowledges without returning data. */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class LeadInputIT {

    @org.junit.jupiter.api.BeforeEach
    void defaultModel() {
        Models.ensureDefaults();
    }

    private static void rejected(Map<String, Object> body, String field) {
        Api.as("admin")
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void invalidEmailPhoneSourceAndMissingFieldsAre400WithTheField() {
        Map<String, Object> body = Api.lead("Jia Li");
        body.put("email", "not-an-email");
        rejected(body, "email");
        body = Api.lead("Jia Li");
        body.put("phone", "12345");
        rejected(body, "phone");
        body = Api.lead("Jia Li");
        body.put("source", "CARRIER_PIGEON");
        rejected(body, "source");
        body = Api.lead("Jia Li");
        body.remove("region");
        rejected(body, "region");
        body = Api.lead("Jia Li");
        body.put("country", "China");
        rejected(body, "country");
        body = Api.lead("Jia Li");
        body.put("budget", Map.of("amount", 10, "currency", "yuan"));
        rejected(body, "budget.currency");
        Api.as("admin")
                .body("{\"name\": ")
                .post("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        Api.as("admin")
                .contentType(ContentType.TEXT)
                .body("name=x")
                .post("/api/v1/leads")
                .then()
                .statusCode(415);
        Api.as("admin")
                .get("/api/v1/leads?status=OPENISH")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].allowedValues", hasItem("NEW"));
        Api.as("admin").get("/api/v1/leads?limit=100000").then().statusCode(400);
        Api.as("admin").get("/api/v1/leads?cursor=garbage").then().statusCode(400);
        Api.as("admin").get("/api/v1/leads/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aValidPhoneIsStoredInE164() {
        Map<String, Object> body = Api.lead("Kai Zhou");
        body.put("phone", "138 " + (1000 + (int) (Math.random() * 8999)) + " " + (1000 + (int) (Math.random() * 8999)));
        Api.as("admin")
                .body(body)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .body("phone", org.hamcrest.Matchers.startsWith("+86138"));
    }

    @Test
    void aNationalNumberWithoutCountryIsReadInTheDefaultCountryAndTheWebFormKeepsAnUnreadablePhone() {
        java.util.function.IntSupplier four =
                () -> java.util.concurrent.ThreadLocalRandom.current().nextInt(1000, 10000);
        String[] national = {
            "139 " + four.getAsInt() + " " + four.getAsInt(), "139 " + four.getAsInt() + " " + four.getAsInt()
        };
        Map<String, Object> api = Api.lead("Yu Fang");
        api.remove("country");
        api.put("phone", national[0]);
        Api.as("admin")
                .body(api)
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .body("phone", equalTo(e164(national[0])))
                .body("phoneVerified", equalTo(true));
        api.put("phone", "0000");
        Api.as("admin").body(api).post("/api/v1/leads").then().statusCode(400).body("errors.field", hasItem("phone"));

        Map<String, Object> readable = webForm();
        readable.remove("country");
        readable.put("phone", national[1]);
        given().contentType(ContentType.JSON)
                .body(readable)
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(202);
        assertEquals(e164(national[1]), Db.single("select phone from lead where email = ?", readable.get("email")));

        Map<String, Object> unreadable = webForm();
        unreadable.remove("country");
        unreadable.put("phone", " 0000 ext. 12 ");
        given().contentType(ContentType.JSON)
                .body(unreadable)
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(202);
        String id = Db.single("select id from lead where email = ?", unreadable.get("email"))
                .toString();
        String etag = Api.as("admin")
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("phone", equalTo("0000 ext. 12"))
                .body("phoneVerified", equalTo(false))
                .extract()
                .header("ETag");
        assertNull(Db.single("select phone from lead where id = ?::uuid", id), "no E.164 phone to match on");
        // a rep changing another field keeps the unverified phone; correcting it makes it a verified one
        etag = Api.as("admin")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("title", "Buyer"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("phone", equalTo("0000 ext. 12"))
                .body("phoneVerified", equalTo(false))
                .extract()
                .header("ETag");
        Api.as("admin")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("phone", "0001"))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phone"));
        Api.as("admin")
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("phone", "+86 " + national[1].replace("139", "137")))
                .patch("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("phone", equalTo(e164(national[1].replace("139", "137"))))
                .body("phoneVerified", equalTo(true));
        assertNull(Db.single("select phone_unverified from lead where id = ?::uuid", id));
    }

    private static String e164(String chineseMobile) {
        return "+86" + chineseMobile.replace(" ", "");
    }

    @Test
    void oversizePayloadsAre413() {
        Map<String, Object> body = Api.lead("Lan Sun");
        body.put("notes", "x".repeat(1_100_000));
        Api.as("admin").body(body).post("/api/v1/leads").then().statusCode(413).contentType("application/problem+json");
        Map<String, Object> form = webForm();
        form.put("message", "y".repeat(9000));
        given().contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void theWebFormNeedsNoLoginRejectsAFilledHoneypotAndReturnsOnlyAnAcknowledgement() {
        given().contentType(ContentType.JSON)
                .body(webForm())
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(202)
                .body("status", equalTo("received"))
                .body("$", not(hasKey("id")));
        Map<String, Object> bot = webForm();
        bot.put("website", "http://spam.example");
        given().contentType(ContentType.JSON)
                .body(bot)
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("website"));
        Map<String, Object> noConsent = webForm();
        noConsent.remove("consent");
        given().contentType(ContentType.JSON)
                .body(noConsent)
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("consent"));
        given().contentType(ContentType.JSON)
                .body("[1,2]")
                .post("/api/v1/web-forms/leads")
                .then()
                .statusCode(400);
    }

    @Test
    void onlyAdminsPublishScoringModelsAndBrokenModelsAre400() {
        Api.as("manager.east")
                .get("/api/v1/scoring-model")
                .then()
                .statusCode(200)
                .body("fitWeight", equalTo(0.6f));
        Api.as("manager.east")
                .body(Map.of())
                .put("/api/v1/scoring-model")
                .then()
                .statusCode(403);
        Api.as("rep.east1").get("/api/v1/scoring-model").then().statusCode(403);
        Map<String, Object> broken = new HashMap<>(Map.of(
                "fitWeight",
                0.7,
                "engagementWeight",
                0.4,
                "fitRules",
                java.util.List.of(),
                "engagementPoints",
                Map.of("CALL", 10),
                "engagementCap",
                100,
                "engagementWindowDays",
                7,
                "gradeBands",
                Map.of("a", 80, "b", 60, "c", 40)));
        Api.as("admin")
                .body(broken)
                .put("/api/v1/scoring-model")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fitWeight"));
        broken.put("engagementPoints", Map.of("TELEPATHY", 10));
        Api.as("admin").body(broken).put("/api/v1/scoring-model").then().statusCode(400);
    }

    private static Map<String, Object> webForm() {
        Map<String, Object> form = new HashMap<>(Api.lead("Mei Tang"));
        form.remove("source");
        form.put("consent", Map.of("given", true, "text", "I agree to be contacted about CRM Suite."));
        return form;
    }

    @Test
    void filtersIgnoreTheCaseOfTheirValues() {
        Api.as("admin").get("/api/v1/leads?status=new&grade=a&limit=1").then().statusCode(200);
        Api.as("admin")
                .get("/api/v1/leads?contactId=42")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("contactId"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }
}
