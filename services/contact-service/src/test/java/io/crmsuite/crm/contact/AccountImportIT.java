package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Asynchronous account import (CSV and JSON): per-row validation like a single create, dedupe by external id and
 * normalised name against stored accounts and earlier rows, merge only into accounts the importer may change, the
 * Idempotency-Key, the audit trail, and whole-upload failures (400, 413) that store nothing.
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class AccountImportIT {

    private static String createAccount(String user, String body) {
        return as(user).body(body)
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aCsvImportCreatesValidRowsDedupesAndRejectsTheRestWithReasons() {
        String name = Api.unique("Acme Csv");
        String stored = Api.unique("ext");
        createAccount("rep.east1", "{\"name\":\"" + Api.unique("Held") + "\",\"externalId\":\"" + stored + "\"}");
        String csv = "name,industry,country,sizeBand,tags,externalId\n"
                + name + ",Machinery,cn,SMALL,Key; vip ,\n" // 1 created (country and tags normalised)
                + ",Retail,CN,,,\n" // 2 blank name
                + name.toUpperCase().replace(" ", "   ") + ",,,,,\n" // 3 same normalised name as row 1
                + Api.unique("Bad Country") + ",,XX,,,\n" // 4 unknown country
                + Api.unique("Bad Band") + ",,,HUGE,,\n" // 5 unknown size band
                + Api.unique("Other Name") + ",,,,," + stored + "\n"; // 6 external id of a stored account
        String key = Api.unique("account-import");
        String job = as("rep.east1")
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/imports/"))
                .body("kind", equalTo("accounts"))
                .body("total", equalTo(6))
                .extract()
                .path("id");
        // a retried upload is harmless: the same job, processed once
        as("rep.east1")
                .contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(202)
                .body("id", equalTo(job));
        Api.finishedImport("rep.east1", job)
                .body("processed", equalTo(6))
                .body("created", equalTo(1))
                .body("merged", equalTo(0))
                .body("rejected", equalTo(5))
                .body("rejections.row", contains(2, 3, 4, 5, 6))
                .body("rejections[0].errors[0].field", equalTo("name"))
                .body("rejections[1].reason", equalTo("duplicate-account"))
                .body("rejections[2].errors[0].field", equalTo("country"))
                .body("rejections[3].errors[0].field", equalTo("sizeBand"))
                .body("rejections[4].reason", equalTo("duplicate-account"));
        as("rep.east1")
                .queryParam("name", name)
                .get("/api/v1/accounts")
                .then()
                .body("items", hasSize(1))
                .body("items[0].country", equalTo("CN"))
                .body("items[0].sizeBand", equalTo("SMALL"))
                .body("items[0].tags", contains("key", "vip"))
                .body("items[0].ownerId", not(nullValue()));
        assertEquals(1, TestDb.count("select count(*) from account where name = ?", name));
        assertEquals(
                1,
                TestDb.count(
                        "select count(*) from audit_entry where record_type = 'account' and action = 'created'"
                                + " and via = ? and actor = 'rep.east1'",
                        "import:" + job + "#1"));
        as("rep.east2").get("/api/v1/imports/" + job).then().statusCode(404);
    }

    @Test
    void aJsonImportMergesIntoOwnAccountsAndEarlierRowsButNeverIntoOthersAccounts() {
        String own = Api.unique("Own Co");
        String foreign = Api.unique("Foreign Co");
        String fresh = Api.unique("Fresh Co");
        String ownId = createAccount("rep.east1", "{\"name\":\"" + own + "\",\"tags\":[\"old\"]}");
        String foreignId = createAccount("rep.east2", "{\"name\":\"" + foreign + "\"}");
        String body = "[{\"name\":\"" + own.toLowerCase() + "\",\"industry\":\"Chemicals\",\"tags\":[\"new\"]},"
                + "{\"name\":\"" + foreign + "\",\"industry\":\"Textiles\"},"
                + "{\"name\":\"" + fresh + "\",\"externalId\":\"" + Api.unique("erp") + "\"},"
                + "{\"name\":\" " + fresh + " \",\"website\":\"https://fresh.example\",\"tags\":[\"x\"]},"
                + "{\"name\":[1,2]}]";
        String job = as("rep.east1")
                .queryParam("onDuplicate", "merge")
                .body(body)
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", job)
                .body("created", equalTo(1))
                .body("merged", equalTo(2))
                .body("rejected", equalTo(2))
                .body("rejections.row", contains(2, 5))
                .body("rejections[0].reason", equalTo("duplicate-account"))
                // the rejection names no account of another owner
                .body(not(org.hamcrest.Matchers.containsString(foreignId)));
        as("rep.east1")
                .get("/api/v1/accounts/" + ownId)
                .then()
                .body("industry", equalTo("Chemicals"))
                .body("tags", containsInAnyOrder("old", "new"))
                .body("version", equalTo(1));
        assertEquals(
                1,
                TestDb.count(
                        "select count(*) from audit_entry where record_id = ?::uuid and action = 'merged-input'"
                                + " and field = 'industry' and via = ?",
                        ownId,
                        "import:" + job + "#1"));
        // the other rep's account is untouched and stays invisible to the importer
        as("rep.east2").get("/api/v1/accounts/" + foreignId).then().body("industry", nullValue());
        as("rep.east1").get("/api/v1/accounts/" + foreignId).then().statusCode(404);
        as("rep.east1")
                .queryParam("name", fresh)
                .get("/api/v1/accounts")
                .then()
                .body("items", hasSize(1))
                .body("items[0].website", equalTo("https://fresh.example"))
                .body("items[0].tags", contains("x"));
    }

    @Test
    void allowCreatesSameNamedAccountsButExternalIdsStayUnique() {
        String name = Api.unique("Twin Co");
        String ext = Api.unique("twin");
        createAccount("rep.east1", "{\"name\":\"" + name + "\"}");
        String body = "[{\"name\":\"" + name + "\",\"externalId\":\"" + ext + "\"},"
                + "{\"name\":\"" + name + "\",\"externalId\":\"" + ext + "\"},"
                + "{\"name\":\"" + name + "\",\"parentId\":\"" + java.util.UUID.randomUUID() + "\"}]";
        String job = as("rep.east1")
                .queryParam("onDuplicate", "allow")
                .body(body)
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", job)
                .body("created", equalTo(1))
                .body("rejections.row", contains(2, 3))
                .body("rejections[0].reason", equalTo("external-id-taken"))
                .body("rejections[1].errors[0].field", equalTo("parentId"));
        assertEquals(2, TestDb.count("select count(*) from account where name = ?", name));
    }

    @Test
    void brokenOrOversizedUploadsAreRejectedWholeAndNothingIsStored() {
        long jobs = TestDb.count("select count(*) from crm_import_job");
        as("rep.east1")
                .contentType("text/csv")
                .body("name,givenName\nAcme,Wei\n")
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("givenName"));
        as("rep.east1")
                .contentType("text/csv")
                .body("name,industry\n\"Unclosed,Quote\n")
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("rep.east1")
                .body("[{\"name\":")
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("rep.east1")
                .queryParam("onDuplicate", "sometimes")
                .body("[{\"name\":\"A\"}]")
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        StringBuilder tooMany = new StringBuilder("name\n");
        for (int i = 0; i <= 100_000; i++) {
            tooMany.append('A').append(i).append('\n');
        }
        as("rep.east1")
                .contentType("text/csv")
                .body(tooMany.toString())
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        as("agent1")
                .body("[{\"name\":\"A\"}]")
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(403);
        as("auditor1")
                .body("[{\"name\":\"A\"}]")
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(403);
        assertEquals(jobs, TestDb.count("select count(*) from crm_import_job"));
    }
}
