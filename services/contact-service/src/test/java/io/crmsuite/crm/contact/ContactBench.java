package io.crmsuite.crm.contact;

import static io.crmsuite.crm.contact.Api.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.testkit.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code make bench}: import throughput through the real asynchronous import ({@code crm.bench.import-rows}, default
 * 100,000 CSV rows, dedupe per row, timed from the POST until the job is COMPLETED), then list and search latency (p50/p95
 * over HTTP with real tokens) on {@code crm.bench.contacts} contacts (default 100,000; rows beyond the imported ones are
 * inserted with SQL). Prints a table. Every request must answer as expected and every import row be processed (and,
 * in the contact import, none rejected): a benchmark of failures fails.
 */
@QuarkusTest
@QuarkusTestResource(ContactTestResource.class)
@io.quarkus.test.junit.TestProfile(ContactBench.OwnConsumerGroups.class)
class ContactBench {
    /**
     * Events from other services are not part of the benchmark: new consumer groups from the end of the topics each
     * run, so a backlog on crm.leads or crm.opportunities (another service's benchmark) does not compete for the CPU.
     */
    public static class OwnConsumerGroups implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            String group = "contact-service-bench-" + java.util.UUID.randomUUID();
            return java.util.Map.of(
                    "%test.mp.messaging.incoming.leads-in.group.id",
                    group,
                    "%test.mp.messaging.incoming.opportunities-in.group.id",
                    group,
                    "mp.messaging.incoming.leads-in.auto.offset.reset",
                    "latest",
                    "mp.messaging.incoming.opportunities-in.auto.offset.reset",
                    "latest");
        }
    }

    private static final int CONTACTS = Integer.getInteger("crm.bench.contacts", 100_000);
    private static final int IMPORT_ROWS = Integer.getInteger("crm.bench.import-rows", 100_000);
    private static final int SAMPLES = Integer.getInteger("crm.bench.samples", 200);
    private static final int WARM_UP_ROUNDS = Integer.getInteger("crm.bench.warm-up-rounds", 50);
    private static final String[] FAMILY = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou"
    };
    private static final String[] GIVEN = {
        "Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Jun", "Yan", "Hui", "Xiu", "Tao", "Ming", "Chao", "Hong",
        "Ping", "Gang", "Bo", "Lin", "Yu"
    };

    private static final int ACCOUNT_ROWS = Integer.getInteger("crm.bench.account-rows", 100_000);

    private final List<String> rows = new ArrayList<>();

    /**
     * {@code -Dtest=ContactBench#accountImportThroughput}: {@code crm.bench.account-rows} accounts (default 100,000; one
     * row in 20 repeats an earlier name, so dedupe rejects it) through the real CSV import, timed from the POST until
     * the job is COMPLETED.
     */
    @Test
    void accountImportThroughput() {
        StringBuilder csv = new StringBuilder("name,industry,country,sizeBand,tags,externalId\n");
        for (int i = 0; i < ACCOUNT_ROWS; i++) {
            int n = i % 20 == 19 ? i - 7 : i;
            csv.append("Bench Account ")
                    .append(n)
                    .append(",Machinery,CN,SMALL,bench;t")
                    .append(i % 50)
                    .append(",erp-")
                    .append(i)
                    .append('\n');
        }
        long start = System.nanoTime();
        String job = as("rep.east1")
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/imports/accounts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Map<String, Object> done = awaitDone(job);
        double seconds = (System.nanoTime() - start) / 1e9;
        int created = (Integer) done.get("created");
        System.out.printf(
                "%naccount import: %,d rows (%,d created) in %.1f s, %.0f rows/s%n%n",
                ACCOUNT_ROWS, created, seconds, ACCOUNT_ROWS / seconds);
        assertEquals(ACCOUNT_ROWS, done.get("processed"), "rows processed");
        assertEquals(
                ACCOUNT_ROWS - ACCOUNT_ROWS / 20,
                created,
                () -> "only the repeated names are not created: " + done.get("rejections"));
    }

    @Test
    void importAndQueryThroughput() throws Exception {
        String owner = as("rep.east1")
                .get("/api/v1/contacts/"
                        + Api.createContact("rep.east1", "{\"givenName\":\"Bench\",\"familyName\":\"Owner\"}"))
                .path("ownerId");
        Random random = new Random(1);
        StringBuilder csv = new StringBuilder("givenName,familyName,emails,phones,tags,country\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            csv.append(GIVEN[random.nextInt(GIVEN.length)])
                    .append(',')
                    .append(FAMILY[random.nextInt(FAMILY.length)])
                    .append(",imp")
                    .append(i)
                    .append("@bench.cn,+86137")
                    .append(String.format("%08d", i))
                    .append(",bench;t")
                    .append(i % 50)
                    .append(",CN\n");
        }
        long start = System.nanoTime();
        String job = as("rep.east1")
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/imports/contacts")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        Map<String, Object> done = awaitDone(job);
        double importSeconds = (System.nanoTime() - start) / 1e9;
        assertEquals(IMPORT_ROWS, done.get("processed"), "rows processed");
        assertEquals(0, done.get("rejected"), () -> "every row is valid and distinct: " + done.get("rejections"));
        row(
                "import " + IMPORT_ROWS + " contacts (CSV, dedupe per row)",
                importSeconds * 1000,
                importSeconds * 1000,
                String.format("%.0f rows/s", IMPORT_ROWS / importSeconds));

        seed(CONTACTS - IMPORT_ROWS, owner);
        Map<String, Supplier<RequestSpecification>> queries = new java.util.LinkedHashMap<>();
        queries.put(
                "list, rep (own records), 50 per page", () -> as("rep.east1").queryParam("limit", 50));
        queries.put("list, admin (all), 50 per page", () -> as("admin").queryParam("limit", 50));
        queries.put("list, admin, sort=updated", () -> as("admin").queryParam("sort", "updated"));
        queries.put("search q=wei zhang, admin", () -> as("admin").queryParam("q", "wei zhang"));
        queries.put("search q=seed77, rep", () -> as("rep.east1").queryParam("q", "seed77"));
        queries.put("search q=zhang (broad), admin", () -> as("admin").queryParam("q", "zhang"));
        queries.put("search q=wei (broad, late in name order), admin", () -> as("admin")
                .queryParam("q", "wei"));
        queries.put("search q=imp1234 (11 matches), rep", () -> as("rep.east1").queryParam("q", "imp1234"));
        queries.put("filter phone (E.164 match), admin", () -> as("admin").queryParam("phone", "13600012345"));
        queries.put("filter tag, rep", () -> as("rep.east1").queryParam("tag", "t7"));
        queries.put(
                "filter name + stage, manager",
                () -> as("manager.east").queryParam("name", "li").queryParam("stage", "POTENTIAL"));
        // the JIT compiles the request path during the first few hundred requests: every query is warmed up first,
        // so the first measured rows are not slower for being first
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            queries.values().forEach(q -> q.get().get("/api/v1/contacts").then().statusCode(200));
        }
        queries.forEach(this::measure);

        System.out.println();
        System.out.printf("contact-service benchmark: %,d contacts in the database%n", CONTACTS);
        System.out.printf("| %-48s | %10s | %10s | %-14s |%n", "operation", "p50 ms", "p95 ms", "note");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(50), "-".repeat(12), "-".repeat(12), "-".repeat(16));
        rows.forEach(System.out::println);
        System.out.println();
    }

    /**
     * {@code crm.bench.quiet-contacts} (100,000) contacts quiet for ten days, inserted with SQL, reported by one run of
     * the inactivity check (each marked and announced once), timed through the API; fails when not all were reported
     * or the run took a minute or more.
     */
    @Test
    void inactivityCheckReportsAHundredThousandQuietContactsInOneRun() throws Exception {
        int quiet = Integer.getInteger("crm.bench.quiet-contacts", 100_000);
        try (Connection c = TestInfrastructure.connect(ContactTestResource.DATABASE);
                PreparedStatement s = c.prepareStatement("insert into contact (id, given_name, family_name,"
                        + " display_name, name_key, emails, phones, source, owner_id, team, tags, customer_status,"
                        + " lifecycle_stage, search_text, created_at, updated_at, value_tier)"
                        + " select gen_random_uuid(), 'Quiet', 'No ' || i, 'Quiet No ' || i, 'no quiet',"
                        + " array[]::varchar[], array[]::varchar[], 'IMPORT', 'other-' || (i % 10), 'east',"
                        + " array[]::varchar[], 'POTENTIAL', 'POTENTIAL', 'quiet', now() - interval '10 days',"
                        + " now() - interval '10 days', (array['A','B','C',null])[1 + i % 4]"
                        + " from generate_series(1, ?) i")) {
            s.setInt(1, quiet);
            s.executeUpdate();
        }
        analyse();
        long start = System.nanoTime();
        int reported = as("admin")
                .post("/api/v1/inactivity/check")
                .then()
                .statusCode(200)
                .extract()
                .path("inactive");
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%ninactivity check: %,d quiet contacts reported (marked, one event each) in one run in %.1f s%n%n",
                reported, seconds);
        assertTrue(reported >= quiet, reported + " of " + quiet + " reported");
        assertTrue(seconds < 60, "the run took " + seconds + " s");
    }

    /** Waits until the import job is COMPLETED (a failure is a rejected row, counted in the job); returns the job. */
    private static Map<String, Object> awaitDone(String job) {
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "COMPLETED"
                        .equals(as("rep.east1").get("/api/v1/imports/" + job).path("status")));
        return as("rep.east1")
                .get("/api/v1/imports/" + job)
                .then()
                .statusCode(200)
                .extract()
                .as(new TypeRef<Map<String, Object>>() {});
    }

    private void measure(String name, Supplier<RequestSpecification> request) {
        for (int i = 0; i < 20; i++) {
            request.get().get("/api/v1/contacts").then().statusCode(200);
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            RequestSpecification spec = request.get();
            long t = System.nanoTime();
            spec.get("/api/v1/contacts").then().statusCode(200);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        row(name, nanos[SAMPLES / 2] / 1e6, nanos[(int) Math.ceil(SAMPLES * 0.95) - 1] / 1e6, SAMPLES + " requests");
    }

    private void row(String name, double p50, double p95, String note) {
        rows.add(String.format("| %-48s | %10.1f | %10.1f | %-14s |", name, p50, p95, note));
    }

    /** Inserts contacts directly (a quarter owned by rep.east1, the rest by others), then vacuums and refreshes statistics. */
    private static void seed(int count, String repOwner) throws Exception {
        if (count <= 0) {
            // the queries are measured on fresh statistics and with no autovacuum due, whatever its timing after the
            // imports
            analyse();
            return;
        }
        String sql = "insert into contact (id, given_name, family_name, display_name, name_key, emails, phones, source,"
                + " owner_id, team, tags, customer_status, lifecycle_stage, search_text, created_at, updated_at)"
                + " select gen_random_uuid(), g, f, g || ' ' || f, lower(least(g, f) || ' ' || greatest(g, f)),"
                + " array['seed' || i || '@bench.cn'], array['+86136' || lpad(i::text, 8, '0')], 'IMPORT',"
                + " case when i % 4 = 0 then ? else 'other-' || (i % 10) end, case when i % 2 = 0 then 'east' else"
                + " 'west' end, array['t' || (i % 50)], 'POTENTIAL', 'POTENTIAL',"
                + " lower(g || ' ' || f || ' seed' || i || '@bench.cn'), now() - (i || ' seconds')::interval,"
                + " now() - (i || ' seconds')::interval"
                + " from (select i, (array" + array(GIVEN) + ")[1 + i % " + GIVEN.length + "] as g, (array"
                + array(FAMILY) + ")[1 + (i / 7) % " + FAMILY.length + "] as f from generate_series(1, ?) i) s";
        try (Connection c = TestInfrastructure.connect(ContactTestResource.DATABASE);
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, repOwner);
            s.setInt(2, count);
            s.executeUpdate();
        }
        analyse();
    }

    private static void analyse() throws Exception {
        try (Connection c = TestInfrastructure.connect(ContactTestResource.DATABASE)) {
            c.createStatement()
                    .execute("vacuum analyze"); // every table the imports wrote: no autovacuum during the runs
        }
    }

    private static String array(String[] values) {
        return "['" + String.join("','", values) + "']";
    }
}
