package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Asynchronous CSV/JSON import with per-row dedupe and rejections; broken uploads are 400 with nothing stored. */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class ImportIT {

    @Test
    void aCsvImportCreatesValidRowsAndRejectsTheRestWithReasons() {
        String tag = Api.unique("csv");
        String mobile = Api.randomMobile();
        String csv = "givenName,familyName,emails,phones,tags,country\n"
                + "Qiang,Sun," + Api.unique("sq") + "@x.cn;" + Api.unique("sq2") + "@x.cn," + mobile + "," + tag
                + ";vip,CN\n"
                + "Bad,Phone,,12345," + tag + ",CN\n"
                + "Qiang,Sun,,+86" + mobile.replace(" ", "") + "," + tag + ",CN\n"
                + ",,,," + tag + ",\n"
                + "Bad,Country,,," + tag + ",XX\n";
        String key = Api.unique("import");
        String job = as("rep.east1")
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/imports/"))
                .body("total", equalTo(5))
                .extract()
                .path("id");
        // a retried upload is harmless: the same job, processed once
        as("rep.east1")
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .body("id", equalTo(job));
        Api.finishedImport("rep.east1", job)
                .body("processed", equalTo(5))
                .body("created", equalTo(1))
                .body("rejected", equalTo(4))
                .body("rejections.row", contains(2, 3, 4, 5))
                .body("rejections[0].errors[0].field", equalTo("phones[0]"))
                .body("rejections[1].reason", equalTo("duplicate-contact"))
                .body("rejections[3].errors[0].field", equalTo("country"));
        as("rep.east1")
                .queryParam("tag", tag)
                .get("/api/v1/contacts")
                .then()
                .body("items", hasSize(1))
                .body("items[0].source", equalTo("IMPORT"))
                .body("items[0].tags", contains(tag, "vip"));
        as("rep.east2").get("/api/v1/imports/" + job).then().statusCode(404);
    }

    @Test
    void brokenUploadsAreRejectedWholeAndNothingIsStored() {
        long jobs = TestDb.count("select count(*) from crm_import_job");
        as("rep.east1")
                .contentType("text/csv")
                .body("givenName,familyName\n\"Unclosed,Quote\n")
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("rep.east1")
                .contentType("text/csv")
                .body("givenName,shoeSize\nA,42\n")
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("shoeSize"));
        as("rep.east1")
                .contentType("text/csv")
                .body("givenName,familyName\nA,B,C,D\n")
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(400);
        as("rep.east1")
                .body("{\"not\":\"an array\"}")
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(400);
        as("rep.east1")
                .body("[{\"givenName\":")
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(400);
        as("agent1").body("[]").post("/api/v1/imports/contacts").then().statusCode(403);
        assertEquals(jobs, TestDb.count("select count(*) from crm_import_job"));
    }

    @Test
    void aJsonImportRejectsWrongTypesAndUnknownEnumsPerRow() {
        String tag = Api.unique("json");
        String body = "[{\"givenName\":\"Ok\",\"familyName\":\"Row\",\"tags\":[\"" + tag + "\"]},"
                + "{\"givenName\":\"Bad\",\"preferredChannel\":\"PIGEON\",\"tags\":[\"" + tag + "\"]},"
                + "{\"givenName\":[1,2],\"tags\":[\"" + tag + "\"]}]";
        String job = as("rep.east1")
                .queryParam("onDuplicate", "allow")
                .body(body)
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", job).body("created", equalTo(1)).body("rejected", equalTo(2));
    }
}
