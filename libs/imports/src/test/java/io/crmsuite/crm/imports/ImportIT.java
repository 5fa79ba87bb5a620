package io.crmsuite.crm.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The import module against the real PostgreSQL (test kinds in {@code testapp}, chunks of 3 rows): rows become
 * records or rejections with their reasons, a chunk the database refuses is written row by row, a job resumes after a
 * restart without writing a committed chunk again, chunks of a grouped kind are written side by side.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_imports"))
class ImportIT {
    @Test
    void csvRowsBecomeRecordsOrRejectionsWithReasons() {
        String tag = tag();
        String csv = "name,size,tags,width\n"
                + tag + "-a,1,x;y,3\n"
                + ",2,,\n" // no name: bean validation
                + tag + "-b,5000,,\n" // the database refuses it: its chunk is redone row by row
                + tag + "-c,3,,\n"
                + "refused,4,,\n" // the kind refuses it
                + tag + "-a,9,,\n"; // the same name again: merged
        JsonPath job = finished(post("things", "text/csv", csv, null));
        assertEquals("things", job.getString("kind"));
        assertEquals("csv", job.getString("format"));
        assertEquals(6, job.getInt("total"));
        assertEquals(6, job.getInt("processed"));
        assertEquals(2, job.getInt("created"));
        assertEquals(1, job.getInt("merged"));
        assertEquals(3, job.getInt("rejected"));
        assertEquals(List.of(2, 3, 5), job.getList("rejections.row"));
        assertEquals("validation", job.getString("rejections[0].reason"));
        assertEquals("name", job.getString("rejections[0].errors[0].field"));
        assertEquals("not-storable", job.getString("rejections[1].reason"));
        assertEquals("name", job.getString("rejections[2].errors[0].field"));
        assertEquals(List.of(tag + "-a:9:[\"x\",\"y\"]", tag + "-c:3:[]"), things("things", tag));
    }

    @Test
    void aJsonUploadIsReadLikeTheApiAndMergesOnTheSameName() {
        String tag = tag();
        String body = "[{\"name\":\"" + tag + "-j\",\"size\":1},{\"name\":\"" + tag + "-j\",\"size\":2},"
                + "{\"name\":\"" + tag + "-k\",\"size\":\"not a number\"}]";
        JsonPath job = finished(post("things", "application/json", body, null));
        assertEquals(1, job.getInt("created"));
        assertEquals(1, job.getInt("merged"));
        assertEquals(1, job.getInt("rejected"));
        assertEquals("size", job.getString("rejections[0].errors[0].field"));
        assertEquals(List.of(tag + "-j:2:[]"), things("things", tag));
    }

    @Test
    void anUnreadableUploadIsRefusedAsAWhole() {
        given().contentType("text/csv")
                .body("name,colour\nx,red\n")
                .post("/test/imports/things")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("colour"));
        given().contentType("text/csv")
                .body("size\n1\n")
                .post("/test/imports/things")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("name"));
        given().contentType("text/csv")
                .body("name\n")
                .post("/test/imports/things")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .body("{\"name\":\"x\"}")
                .post("/test/imports/things")
                .then()
                .statusCode(400);
        StringBuilder tooMany = new StringBuilder("name\n");
        for (int i = 0; i < 51; i++) {
            tooMany.append("n").append(i).append('\n');
        }
        given().contentType("text/csv")
                .body(tooMany.toString())
                .post("/test/imports/things")
                .then()
                .statusCode(413);
    }

    @Test
    void theSameIdempotencyKeyAndUploadReplayTheFirstJob() {
        String key = UUID.randomUUID().toString();
        String csv = "name\n" + tag() + "-idem\n";
        String first = post("things", "text/csv", csv, key);
        String again = given().contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv)
                .post("/test/imports/things")
                .then()
                .statusCode(202)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");
        assertEquals(first, again);
        given().contentType("text/csv")
                .header("Idempotency-Key", key)
                .body(csv + "other\n")
                .post("/test/imports/things")
                .then()
                .statusCode(422);
    }

    @Test
    void aJobResumesAfterARestartWithoutWritingACommittedChunkAgain() throws Exception {
        String tag = tag();
        UUID job = UUID.randomUUID();
        // a job a stopped replica was running: its first chunk (rows 1-3) committed, its lease ran out
        StringBuilder rows = new StringBuilder("[");
        for (int i = 1; i <= 8; i++) {
            rows.append(i == 1 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(tag)
                    .append("-")
                    .append(i)
                    .append("\"}");
        }
        rows.append(']');
        execute(
                "insert into crm_import_job (id, kind, status, format, total, processed, created, owner_id,"
                        + " created_by, rows_json, lease_until, created_at) values (?, 'things', 'RUNNING', 'json', 8,"
                        + " 3, 3, 'tester', 'tester', ?, now() - interval '1 minute', now())",
                job,
                rows.toString());
        execute("insert into crm_import_progress (job_id, chunk, row_number) values (?, 0, -1)", job);

        JsonPath done = finished(job.toString());
        assertEquals(8, done.getInt("processed"));
        assertEquals(8, done.getInt("created"));
        assertEquals(
                List.of(
                        tag + "-4:null:[]",
                        tag + "-5:null:[]",
                        tag + "-6:null:[]",
                        tag + "-7:null:[]",
                        tag + "-8:null:[]"),
                things("things", tag),
                "rows 1-3 were committed before (here: simulated) and are not written again");
    }

    @Test
    void groupedRowsShareAChunkWhileChunksAreWrittenSideBySide() {
        String tag = tag();
        StringBuilder csv = new StringBuilder("name,size\n");
        for (int i = 1; i <= 12; i++) {
            csv.append(tag).append("-").append(i).append(",").append(i).append('\n');
        }
        csv.append(tag).append("-1,100\n").append(tag).append("-12,120\n"); // repeats of the first and the last
        JsonPath job = finished(post("grouped-things", "text/csv", csv.toString(), null));
        assertEquals(12, job.getInt("created"));
        assertEquals(2, job.getInt("merged"));
        List<String> stored = things("grouped-things", tag);
        assertEquals(12, stored.size());
        assertTrue(stored.contains(tag + "-1:100:[]"), "the repeat of row 1 merged its size into it: " + stored);
        assertTrue(stored.contains(tag + "-12:120:[]"), "the repeat of row 12 merged its size into it: " + stored);
    }

    private static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String post(String kind, String contentType, String body, String key) {
        var request = given().contentType(contentType).body(body);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/test/imports/" + kind)
                .then()
                .statusCode(202)
                .header("Location", containsString("/test/imports/"))
                .body("status", equalTo("QUEUED"))
                .extract()
                .path("id");
    }

    private static JsonPath finished(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED"
                .equals(given().get("/test/imports/jobs/" + id).path("status")));
        return given().get("/test/imports/jobs/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> things(String kind, String tag) {
        List<String> found = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect("crm_kit_imports");
                PreparedStatement s = c.prepareStatement("select name, size, array_to_json(tags)::text from thing"
                        + " where kind = ? and name like ? order by name")) {
            s.setString(1, kind);
            s.setString(2, tag + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1) + ":" + r.getObject(2) + ":" + r.getString(3));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static void execute(String sql, Object... params) throws Exception {
        try (Connection c = TestInfrastructure.connect("crm_kit_imports");
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
