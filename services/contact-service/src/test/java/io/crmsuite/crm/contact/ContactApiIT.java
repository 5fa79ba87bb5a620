package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.testkit.KeycloakTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** CRUD, normalisation, validation problems, ETag/If-Match, idempotency, pagination, with real tokens. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class ContactApiIT {

    private static String body(String given, String family, String email, String phone, String tag) {
        return """
                {"givenName":"%s","familyName":"%s","emails":["%s"],"phones":["%s"],"country":"cn",
                 "preferredChannel":"WECHAT","tags":["%s"],"hiddenNeeds":"expansion plans in 2027"}""".formatted(given, family, email, phone, tag);
    }

    @Test
    void aRepCreatesANormalisedContactThatIsTheirs() {
        String mobile = Api.randomMobile();
        String email = Api.unique("Li.Na") + "@Example.CN";
        Response created = as("rep.east1")
                .body(body("  Na ", " Li ", " " + email + " ", mobile, "Budget-Ready"))
                .post("/api/v1/contacts");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/contacts/" + created.path("id")))
                .body("givenName", equalTo("Na"))
                .body("displayName", equalTo("Na Li"))
                .body("emails", contains(email.toLowerCase()))
                .body("phones", contains(Api.e164(mobile)))
                .body("country", equalTo("CN"))
                .body("tags", contains("budget-ready"))
                .body("lifecycleStage", equalTo("POTENTIAL"))
                .body("customerStatus", equalTo("POTENTIAL"))
                .body("team", equalTo("east"))
                .body("ownerId", notNullValue());
        String id = created.path("id");
        as("rep.east1").get("/api/v1/contacts/" + id).then().statusCode(200).header("ETag", "\"0\"");
        as("rep.east1")
                .get("/api/v1/contacts/" + id + "/lifecycle")
                .then()
                .statusCode(200)
                .body("toStage", contains("POTENTIAL"));
    }

    @Test
    void recordsOfOtherRepsAreInvisible() {
        String tag = Api.unique("private");
        String id = Api.createContact(
                "rep.east1", body("Wei", "Zhang", Api.unique("zw") + "@x.cn", Api.randomMobile(), tag));
        as("rep.east2").get("/api/v1/contacts/" + id).then().statusCode(404).contentType("application/problem+json");
        as("rep.east2")
                .queryParam("tag", tag)
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        as("rep.east2")
                .queryParam("q", "zhang")
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("rep.west1")
                .header("If-Match", "*")
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"x\"}")
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(404);
        // the team's manager sees it, the other team's does not; support reads; a marketer needs marketing consent
        as("manager.east").get("/api/v1/contacts/" + id).then().statusCode(200);
        as("manager.west").get("/api/v1/contacts/" + id).then().statusCode(404);
        as("agent1").get("/api/v1/contacts/" + id).then().statusCode(200);
        as("auditor1").get("/api/v1/contacts/" + id).then().statusCode(200);
        as("marketer1").get("/api/v1/contacts/" + id).then().statusCode(404);
        as("rep.east1")
                .body("""
                {"channel":"EMAIL","purpose":"MARKETING","status":"GRANTED","source":"web form","legalBasis":"consent"}""")
                .post("/api/v1/contacts/" + id + "/consents")
                .then()
                .statusCode(200)
                .body("status", equalTo("GRANTED"));
        as("marketer1").get("/api/v1/contacts/" + id).then().statusCode(200).body("marketingConsent", equalTo(true));
        given().auth()
                .oauth2(KeycloakTokens.forPartner())
                .get("/api/v1/contacts/" + id)
                .then()
                .statusCode(403);
        given().get("/api/v1/contacts/" + id).then().statusCode(401);
        // read-only roles cannot write
        as("auditor1").body("{}").post("/api/v1/contacts").then().statusCode(403);
        as("agent1")
                .header("If-Match", "*")
                .contentType("application/merge-patch+json")
                .body("{}")
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(403);
    }

    @Test
    void invalidInputIsA400ListingTheFieldsAndNothingIsWritten() {
        // lead conversions of other modules' tests may create contacts meanwhile (Kafka): those are not these requests
        String written = "select count(*) from contact where source <> 'LEAD_CONVERSION'";
        long before = TestDb.count(written);
        as("rep.east1")
                .body("""
                        {"givenName":"Wei","emails":["not-an-email"],"phones":["12345"],"country":"XX"}""")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("emails[0]", "phones[0]", "country"));
        as("rep.east1")
                .body("{\"givenName\":\"Wei\",\"preferredChannel\":\"PIGEON\"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("preferredChannel"));
        as("rep.east1")
                .body("{\"givenName\":\"Wei\",\"emails\":\"one@x.cn\"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400);
        as("rep.east1")
                .body("{\"givenName\":\"" + "W".repeat(101) + "\"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("givenName"));
        as("rep.east1")
                .body("{\"familyName\":\" \"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400);
        as("rep.east1").body("{\"givenName\":").post("/api/v1/contacts").then().statusCode(400);
        as("rep.east1")
                .contentType("text/plain")
                .body("x")
                .post("/api/v1/contacts")
                .then()
                .statusCode(415);
        as("rep.east1")
                .queryParam("onDuplicate", "sometimes")
                .body("{\"givenName\":\"Wei\"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("onDuplicate"));
        as("rep.east1")
                .queryParam("tier", "Z")
                .get("/api/v1/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("tier"))
                .body("errors[0].allowedValues", contains("A", "B", "C"));
        as("rep.east1").queryParam("tier", "a").get("/api/v1/contacts").then().statusCode(200);
        as("rep.east1")
                .queryParam("sort", "UPDATED")
                .get("/api/v1/contacts")
                .then()
                .statusCode(200);
        as("rep.east1")
                .queryParam("limit", "abc")
                .get("/api/v1/contacts")
                .then()
                .statusCode(400);
        as("rep.east1")
                .queryParam("limit", "100000")
                .get("/api/v1/contacts")
                .then()
                .statusCode(400);
        as("rep.east1")
                .queryParam("cursor", "garbage")
                .get("/api/v1/contacts")
                .then()
                .statusCode(400);
        as("rep.east1").get("/api/v1/contacts/not-a-uuid").then().statusCode(404);
        assertEquals(before, TestDb.count(written));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String id = Api.createContact(
                "rep.east1", body("Fang", "Wang", Api.unique("wf") + "@x.cn", Api.randomMobile(), "vip"));
        String patch = "{\"title\":\"CFO\",\"phones\":[\"+86 139 0013 9000\"]}";
        as("rep.east1")
                .contentType("application/merge-patch+json")
                .body(patch)
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(428);
        as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"7\"")
                .body(patch)
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(412);
        as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(patch)
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("CFO"))
                .body("phones", contains("+8613900139000"))
                .body("givenName", equalTo("Fang"));
        as("rep.east1")
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"1\"")
                .body("{\"emails\":[\"bad\"]}")
                .patch("/api/v1/contacts/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("emails[0]"));
        as("rep.east1")
                .get("/api/v1/contacts/" + id + "/audit")
                .then()
                .statusCode(200)
                .body("field", hasItem("title"))
                .body("find { it.field == 'title' }.newValue", equalTo("CFO"))
                .body("find { it.field == 'title' }.via", equalTo("api:PATCH /api/v1/contacts/{id}"));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstCreate() {
        String key = Api.unique("key");
        String payload = body("Min", "Chen", Api.unique("cm") + "@x.cn", Api.randomMobile(), "vip");
        Response first =
                as("rep.east1").header("Idempotency-Key", key).body(payload).post("/api/v1/contacts");
        first.then().statusCode(201);
        as("rep.east1")
                .header("Idempotency-Key", key)
                .body(payload)
                .post("/api/v1/contacts")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        as("rep.east1")
                .header("Idempotency-Key", key)
                .body(body("Other", "Body", "o@x.cn", Api.randomMobile(), "x"))
                .post("/api/v1/contacts")
                .then()
                .statusCode(422);
    }

    @Test
    void listsPageWithACursorInAStableOrder() {
        String tag = Api.unique("page");
        for (String name : new String[] {"Cao", "Ai", "Bo"}) {
            Api.createContact("rep.east1", body(name, "Paging", Api.unique(name) + "@x.cn", Api.randomMobile(), tag));
        }
        Response first =
                as("rep.east1").queryParam("tag", tag).queryParam("limit", 2).get("/api/v1/contacts");
        first.then()
                .statusCode(200)
                .body("items.givenName", contains("Ai", "Bo"))
                .body("nextCursor", notNullValue());
        as("rep.east1")
                .queryParam("tag", tag)
                .queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("nextCursor"))
                .get("/api/v1/contacts")
                .then()
                .statusCode(200)
                .body("items.givenName", contains("Cao"))
                .body("nextCursor", nullValue());
        as("rep.east1")
                .queryParam("tag", tag)
                .queryParam("q", "bo PAG")
                .get("/api/v1/contacts")
                .then()
                .body("items.givenName", contains("Bo"));
        as("rep.east1")
                .queryParam("tag", tag)
                .queryParam("q", "nobody-is-called-this")
                .get("/api/v1/contacts")
                .then()
                .body("items", hasSize(0));
        as("rep.east1")
                .queryParam("tag", tag)
                .queryParam("name", "bo pag")
                .get("/api/v1/contacts")
                .then()
                .body("items.givenName", contains("Bo"));
        as("rep.east1")
                .queryParam("tag", tag)
                .queryParam("sort", "updated")
                .get("/api/v1/contacts")
                .then()
                .body("items.givenName", contains("Bo", "Ai", "Cao"));
        as("rep.east1")
                .queryParam("tag", tag)
                .queryParam("stage", "potential")
                .queryParam("status", "POTENTIAL")
                .get("/api/v1/contacts")
                .then()
                .body("items", hasSize(3));
    }
}
