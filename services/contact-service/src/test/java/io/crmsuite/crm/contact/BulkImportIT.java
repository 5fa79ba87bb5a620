package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The set-based import path: dedupe against stored contacts and against earlier rows of the same upload (within a
 * chunk and across chunks of 1,000 rows), merges, fuzzy names at the same account, and chunk atomicity (a row the
 * database refuses leaves no half-written chunk behind).
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
class BulkImportIT {
    private static final int ROWS = 1_500;

    /** Manual ANALYZE runs of the contact table so far. */
    private static long analyzeCount() {
        return TestDb.count("select analyze_count from pg_stat_user_tables where relname = 'contact'");
    }

    private static String phone(int base, int i) {
        return "+86139" + String.format("%08d", base + i);
    }

    private static long tagged(String table, String tag) {
        return TestDb.count(
                "select count(*) from " + table + " x join contact c on c.id = x."
                        + ("crm_outbox".equals(table)
                                ? "event_key::uuid where x.type = 'crm.contact.created.v2' and"
                                : ("audit_entry".equals(table)
                                        ? "record_id where x.action = 'created' and"
                                        : "contact_id where"))
                        + " c.tags @> array[?]::varchar[]",
                tag);
    }

    @Test
    void duplicatesAreFoundAgainstStoredContactsAndEarlierRowsOfTheSameUpload() {
        String tag = Api.unique("bulk").toLowerCase();
        int base = ThreadLocalRandom.current().nextInt(10_000_000, 80_000_000);
        String storedEmail = Api.unique("stored") + "@bulk.cn";
        String storedPhone = phone(base, ROWS + 1);
        Api.createContact(
                "rep.east1",
                "{\"givenName\":\"Stored\",\"familyName\":\"Person\",\"emails\":[\"" + storedEmail + "\"],"
                        + "\"phones\":[\"" + phone(base, ROWS + 2) + "\"]}");
        Api.createContact(
                "rep.west1", "{\"givenName\":\"Other\",\"familyName\":\"Owner\",\"phones\":[\"" + storedPhone + "\"]}");
        StringBuilder csv = new StringBuilder("givenName,familyName,emails,phones,tags\n");
        for (int i = 1; i <= ROWS; i++) {
            String email = "row" + i + "-" + tag + "@bulk.cn";
            String mobile = phone(base, i);
            switch (i) {
                case 5 -> email = storedEmail.toUpperCase(); // a stored contact's email, written differently
                case 10 -> mobile = storedPhone.substring(3); // another owner's stored phone, without +86
                case 20 -> email = "row3-" + tag + "@bulk.cn"; // an earlier row of the same chunk
                case 1200 -> mobile = phone(base, 7); // a row of the previous chunk
                case 1300 -> email = "ROW1250-" + tag + "@bulk.cn"; // an earlier row of the same (second) chunk
                default -> {}
            }
            csv.append("Given")
                    .append(i)
                    .append(",Family,")
                    .append(email)
                    .append(',')
                    .append(mobile);
            csv.append(',').append(tag).append('\n');
        }
        long analyzedBefore = analyzeCount();
        String job = as("rep.east1")
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .body("total", equalTo(ROWS))
                .extract()
                .path("id");
        Api.awaitImport("rep.east1", job);
        // a large import refreshes the planner statistics of the table itself (tests: from 1,000 rows)
        await().atMost(Duration.ofSeconds(30)).until(() -> analyzeCount() > analyzedBefore);
        as("rep.east1")
                .get("/api/v1/imports/" + job)
                .then()
                .body("processed", equalTo(ROWS))
                .body("created", equalTo(ROWS - 5))
                .body("merged", equalTo(0))
                .body("rejected", equalTo(5))
                .body("rejections.row", contains(5, 10, 20, 1200, 1300))
                .body("rejections.reason", everyItem(equalTo("duplicate-contact")));
        // exactly one contact, one audit entry, one lifecycle start and one created event per created row
        assertEquals(ROWS - 5, TestDb.count("select count(*) from contact where tags @> array[?]::varchar[]", tag));
        assertEquals(ROWS - 5, tagged("audit_entry", tag));
        assertEquals(ROWS - 5, tagged("lifecycle_change", tag));
        assertEquals(ROWS - 5, tagged("crm_outbox", tag));
        assertEquals(
                1,
                TestDb.count(
                        "select count(*) from audit_entry where via = ? and action = 'created'",
                        "import:" + job + "#1"));
    }

    @Test
    void mergeModeFillsTheStoredContactAndFuzzyNamesMatchAtTheSameAccount() {
        String mobile = Api.randomMobile();
        String stored = Api.createContact(
                "rep.east1", "{\"givenName\":\"Mei\",\"familyName\":\"Lin\",\"phones\":[\"" + mobile + "\"]}");
        String newEmail = Api.unique("merged") + "@bulk.cn";
        String merge = "[{\"givenName\":\"Mei\",\"familyName\":\"Lin\",\"phones\":[\"" + Api.e164(mobile) + "\"],"
                + "\"emails\":[\"" + newEmail + "\"]},"
                + "{\"givenName\":\"M.\",\"familyName\":\"Lin\",\"emails\":[\"" + newEmail + "\"],\"title\":\"CFO\"}]";
        String job = as("rep.east1")
                .queryParam("onDuplicate", "merge")
                .body(merge)
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", job).body("created", equalTo(0)).body("merged", equalTo(2));
        // the second row matched through the email the first row merged in (same chunk)
        as("rep.east1")
                .get("/api/v1/contacts/" + stored)
                .then()
                .body("emails", contains(newEmail))
                .body("title", equalTo("CFO"))
                .body("version", equalTo(2));
        as("admin")
                .get("/api/v1/contacts/" + stored + "/audit")
                .then()
                .body("findAll { it.action == 'merged-input' }.field", hasItems("emails", "title"));
        assertEquals(
                2,
                TestDb.count(
                        "select count(*) from crm_outbox where event_key = ? and type = 'crm.contact.updated.v2'",
                        stored));

        String account = as("rep.east1")
                .body("{\"name\":\"" + Api.unique("Bulk Tea") + "\"}")
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Api.createContact(
                "rep.east1", "{\"givenName\":\"Na\",\"familyName\":\"Li\",\"accountId\":\"" + account + "\"}");
        String fuzzy = "[{\"givenName\":\"Na\",\"familyName\":\"Li\",\"accountId\":\"" + account + "\"},"
                + "{\"givenName\":\"Qiang\",\"familyName\":\"Sun\",\"accountId\":\"" + account + "\"},"
                + "{\"givenName\":\"Sun\",\"familyName\":\"Qiang\",\"accountId\":\"" + account + "\"},"
                + "{\"givenName\":\"Qiang\",\"familyName\":\"Sun\"},"
                + "{\"givenName\":\"No\",\"familyName\":\"Account\",\"accountId\":\"" + java.util.UUID.randomUUID()
                + "\"}]";
        String second = as("rep.east1")
                .body(fuzzy)
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", second)
                .body("created", equalTo(2))
                .body("rejected", equalTo(3))
                .body("rejections.row", contains(1, 3, 5))
                .body("rejections[0].reason", equalTo("duplicate-contact"))
                .body("rejections[1].reason", equalTo("duplicate-contact"))
                .body("rejections[2].errors[0].field", equalTo("accountId"));
    }

    @Test
    void aRowTheDatabaseRefusesRollsBackItsChunkWhichIsRedoneRowByRow() {
        String tag = Api.unique("atomic").toLowerCase();
        StringBuilder body = new StringBuilder("[");
        for (int i = 1; i <= 5; i++) {
            // a birthday 10,001 years BC is in the past (valid) but before PostgreSQL's first date (4713 BC): row 3
            // passes validation and fails inside the chunk's transaction (NUL, used before, is refused as input now)
            String birthday = i == 3 ? "-10000-01-01" : "1990-01-0" + i;
            body.append(i > 1 ? "," : "")
                    .append("{\"givenName\":\"Atomic")
                    .append(i)
                    .append("\",\"familyName\":\"Row\",\"birthday\":\"")
                    .append(birthday)
                    .append("\",\"emails\":[\"")
                    .append(tag)
                    .append('-')
                    .append(i)
                    .append("@bulk.cn\"],\"tags\":[\"")
                    .append(tag)
                    .append("\"]}");
        }
        body.append(']');
        String job = as("rep.east1")
                .body(body.toString())
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", job)
                .body("created", equalTo(4))
                .body("rejected", equalTo(1))
                .body("rejections[0].row", equalTo(3))
                .body("rejections[0].reason", equalTo("not-storable"))
                .body("rejections[0].detail", containsString("refused"));
        // rows 1 and 2 were written in the failed chunk attempt too: had it half-committed, they would exist twice
        assertEquals(4, TestDb.count("select count(*) from contact where tags @> array[?]::varchar[]", tag));
        assertEquals(4, tagged("audit_entry", tag));
        assertEquals(4, tagged("lifecycle_change", tag));
        assertEquals(4, tagged("crm_outbox", tag));
    }

    @Test
    void importsTakeBodiesOverTheGeneralLimitOtherEndpointsDoNot() {
        String big = "x".repeat(3 * 1024 * 1024); // over the 2 MB of other endpoints, under the 32 MB of imports
        String job = as("rep.east1")
                .contentType("text/csv")
                .body("givenName,preferences\nBig," + big + "\n")
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Api.finishedImport("rep.east1", job)
                .body("rejected", equalTo(1))
                .body("rejections[0].errors[0].field", equalTo("preferences"));
        as("rep.east1")
                .body("{\"givenName\":\"Big\",\"preferences\":\"" + big + "\"}")
                .post("/api/v1/contacts")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
