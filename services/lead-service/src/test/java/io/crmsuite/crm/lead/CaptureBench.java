package io.crmsuite.crm.lead;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.events.CloudEventHeaders;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.crmsuite.crm.testkit.KafkaTestClient;
import io.crmsuite.crm.testkit.KeycloakTokens;
import io.crmsuite.crm.testkit.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * `make bench`: sustained capture through the API (with scoring, assignment and the events through the outbox), the
 * delay from the capture request to its `assigned` event on Kafka, and re-scoring of all open leads after a model
 * publish. Prints a table, then fails if a capture failed, the re-score did not finish or the import did not complete.
 * Uses the test database (test resources are global to the module, so a second database
 * would redirect every test), emptied before and after.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(CaptureBench.Production.class)
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = {
            @ResourceArg(name = "database", value = "crm_lead_test"),
            @ResourceArg(name = "keycloak", value = "true")
        })
class CaptureBench {
    static final int CAPTURES = Integer.getInteger("bench.captures", 10_000);
    static final int WARM_UP = Integer.getInteger("bench.warm-up-captures", 3000);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 64);
    static final int RESCORE_LEADS = Integer.getInteger("bench.rescore-leads", 100_000);
    static final int IMPORT_LEADS = Integer.getInteger("bench.import-leads", 100_000);
    /** The offered rate of the paced round: below what the service sustains, so its delays are latency, not backlog. */
    static final int PACED_RATE = Integer.getInteger("bench.paced-rate", 500);

    static final int PACED_CAPTURES = Integer.getInteger("bench.paced-captures", 5000);

    /**
     * The production page and import chunk sizes of the set-based paths (the test profile uses small pages to cross boundaries), and no
     * backlog of contact events.
     */
    public static class Production implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "%test.crm.lead.bulk-page-size",
                    "1000",
                    "%test.crm.imports.chunk-size",
                    "1000",
                    // contact events are not part of the benchmark: a new group from the end of the topic, so a
                    // backlog on crm.contacts (another service's import or benchmark) does not compete for the CPU
                    "%test.mp.messaging.incoming.contacts-in.group.id",
                    "lead-service-bench-" + UUID.randomUUID(), // a group of its own each run: no inherited backlog
                    "mp.messaging.incoming.contacts-in.auto.offset.reset",
                    "latest",
                    // the production intervals of the scheduled scans (the test profile runs them every second)
                    "%test.crm.lead.rescore-every",
                    "5s",
                    "%test.crm.lead.sla-scan-every",
                    "10s");
        }
    }

    @TestHTTPResource("/api/v1/leads")
    URI leadsUri;

    @Test
    void bench() throws Exception {
        String truncate = "truncate lead_interaction, lead_score_history, lead, crm_outbox, crm_import_job cascade";
        // the bench changes the scoring model and the rules: the model goes back to the built-in defaults at the end
        sql(truncate);
        try {
            run();
        } finally {
            sql(truncate);
            Models.ensureDefaults();
        }
    }

    private void run() throws Exception {
        String east1 = Api.subject("rep.east1");
        Plans.publish(Plans.eastPlan("bench-senior", east1, Api.subject("rep.east2"), 4 * 3600));
        String token = KeycloakTokens.forUser("admin");
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // a sustained rate is a warm one: the first captures only let the JIT compile the paths (not measured)
        Captures warmUp = capture(http, token, WARM_UP, 0);
        Captures measured = capture(http, token, CAPTURES, 0);
        Captures paced = capture(http, token, PACED_CAPTURES, PACED_RATE);
        Map<String, Long> started = measured.started();
        List<String> failures = new ArrayList<>(warmUp.failures());
        failures.addAll(measured.failures());
        failures.addAll(paced.failures());
        List<Long> delays = measured.delays();
        long wall = measured.wallNanos();
        double perSecond = started.size() / (wall / 1e9);

        sql("insert into lead (id, name, region, industry, size_band, source, status, submitted_by, submitter_kind,"
                + " created_at, updated_at, model_version, score) select gen_random_uuid(), 'Seed ' || g, 'East China',"
                + " 'Technology', 'LARGE', 'IMPORT', 'NEW', 'bench', 'IMPORT', now(), now(), 1, 0"
                + " from generate_series(1, " + RESCORE_LEADS + ") g");
        Map<String, Object> model =
                Api.as("admin").get("/api/v1/scoring-model").then().extract().as(Map.class);
        model.put("fitWeight", 0.5);
        model.put("engagementWeight", 0.5);
        long publish = System.nanoTime();
        int version = Api.as("admin")
                .body(model)
                .put("/api/v1/scoring-model")
                .then()
                .extract()
                .path("version");
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> count("select count(*) from lead where status = 'NEW' and model_version < " + version)
                            == 0);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported as not finished below
        }
        long open = count("select count(*) from lead where status = 'NEW' and model_version < " + version);
        double rescoreSeconds = (System.nanoTime() - publish) / 1e9;
        long total = count("select count(*) from lead where status = 'NEW'");

        sql("truncate lead_interaction, lead_score_history, lead, crm_outbox");
        Models.ensureDefaults(); // nothing left to re-score: the import runs under the built-in model
        Import imported = importLeads();

        System.out.println();
        System.out.println("| lead-service benchmark | value |");
        System.out.println("|---|---|");
        System.out.printf(
                "| captures through POST /api/v1/leads (concurrency %d, after %d warm-up captures) | %d ok, %d failed |%n",
                CONCURRENCY, WARM_UP, started.size(), failures.size());
        System.out.printf("| sustained capture rate | %.0f leads/s |%n", perSecond);
        System.out.printf(
                "| capture request -> assigned event on Kafka, p50 / p99 / max | %d / %d / %d ms |%n",
                percentile(delays, 0.50), percentile(delays, 0.99), delays.isEmpty() ? -1 : delays.getLast());
        System.out.printf(
                "| capture request -> assigned event at an offered %d captures/s (%d captures), p50 / p99 / max | %d / %d / %d ms |%n",
                PACED_RATE,
                PACED_CAPTURES,
                percentile(paced.delays(), 0.50),
                percentile(paced.delays(), 0.99),
                paced.delays().isEmpty() ? -1 : paced.delays().getLast());
        System.out.printf(
                "| re-score after a model publish | %d open leads in %.1f s (%.0f leads/s)%s |%n",
                total, rescoreSeconds, total / rescoreSeconds, open > 0 ? " — NOT finished" : "");
        System.out.printf(
                "| import through POST /api/v1/lead-imports (CSV, %.1f MB, every 20th row repeats an earlier one) |"
                        + " %d rows: %d created, %d merged, %d rejected in %.1f s (%.0f rows/s)%s |%n",
                imported.megabytes(),
                IMPORT_LEADS,
                imported.created(),
                imported.merged(),
                imported.rejected(),
                imported.seconds(),
                IMPORT_LEADS / imported.seconds(),
                "COMPLETED".equals(imported.status()) ? "" : " — " + imported.status());
        // the table is printed either way; figures of a run with failures are void
        assertAll(
                () -> assertEquals(
                        List.of(),
                        failures.stream().limit(3).toList(),
                        failures.size() + " captures failed (the first three shown)"),
                () -> assertEquals(0, open, open + " leads not re-scored within 10 minutes"),
                () -> assertEquals("COMPLETED", imported.status(), "the import job"));
    }

    /** What one round of captures gave: per lead its request time, the failures, the wall time, the delays. */
    private record Captures(Map<String, Long> started, List<String> failures, long wallNanos, List<Long> delays) {}

    /**
     * {@code count} captures through the API, at most {@code bench.concurrency} in flight, each timed from its request
     * to its {@code assigned} event on Kafka. With a {@code rate} (per second; 0 = as fast as the service answers) the
     * requests are paced and each is timed from when it was due, so a request held back by a full window still counts
     * its wait.
     */
    private Captures capture(HttpClient http, String token, int count, int rate) throws Exception {
        Map<String, Long> started = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(CONCURRENCY);
        List<ConsumerRecord<String, String>> assigned;
        long wall;
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail("crm.leads")) {
            long begin = System.nanoTime();
            long beginMillis = System.currentTimeMillis();
            List<CompletableFuture<?>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long dueNanos = rate > 0 ? i * 1_000_000_000L / rate : 0;
                if (rate > 0) {
                    // pacing the load generator itself (no synchronisation with the service)
                    java.util.concurrent.locks.LockSupport.parkNanos(begin + dueNanos - System.nanoTime());
                }
                inFlight.acquire();
                Map<String, Object> lead = Api.lead("Bench Lead");
                lead.put("email", "bench." + UUID.randomUUID() + "@example.com"); // never a repeat of an earlier one
                String body = Api.JSON.writeValueAsString(lead);
                long sent = rate > 0 ? beginMillis + dueNanos / 1_000_000 : System.currentTimeMillis();
                HttpRequest request = HttpRequest.newBuilder(leadsUri)
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .whenComplete((response, error) -> {
                            inFlight.release();
                            if (error != null || response.statusCode() != 201) {
                                failures.add(error != null ? error.toString() : response.body());
                            } else {
                                started.put(idFromLocation(response), sent);
                            }
                        }));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
            wall = System.nanoTime() - begin;
            assigned = tail.awaitRecords(
                    Duration.ofSeconds(120),
                    seen -> seen.stream()
                                    .filter(r -> "crm.lead.assigned.v1"
                                            .equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                                    .filter(r -> started.containsKey(r.key()))
                                    .count()
                            >= started.size());
        }
        List<Long> delays = assigned.stream()
                .filter(r -> "crm.lead.assigned.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .filter(r -> started.containsKey(r.key()))
                .map(r -> r.timestamp() - started.get(r.key()))
                .sorted()
                .toList();
        return new Captures(started, failures, wall, delays);
    }

    private record Import(String status, int created, int merged, int rejected, double seconds, double megabytes) {}

    /** One CSV upload of {@code bench.import-leads} rows, timed from the request to the job's completion. */
    private Import importLeads() {
        StringBuilder csv = new StringBuilder(
                "name,company,title,email,phone,region,country,industry,companySize,productInterest,source\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < IMPORT_LEADS; i++) {
            int person = i % 20 == 19 ? i - 7 : i; // a repeat of a person 7 rows earlier: an interaction, not a lead
            csv.append("Import Lead ")
                    .append(person)
                    .append(",Acme ")
                    .append(person % 500)
                    .append(",VP Sales,import.")
                    .append(person)
                    .append('.')
                    .append(run)
                    .append("@example.com,,")
                    .append(person % 3 == 0 ? "West China" : "East China")
                    .append(",CN,")
                    .append(person % 2 == 0 ? "Technology" : "Retail")
                    .append(',')
                    .append(10 + person % 900)
                    .append(",CRM Suite,TRADE_SHOW\n");
        }
        long begin = System.nanoTime();
        String location = Api.as("admin")
                .contentType("text/csv")
                .body(csv.toString())
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        Map<String, Object> job = new java.util.HashMap<>();
        try {
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        job.putAll(
                                Api.as("admin").get(location).then().extract().as(Map.class));
                        return !"QUEUED".equals(job.get("status")) && !"RUNNING".equals(job.get("status"));
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported as not finished below
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Import(
                String.valueOf(job.get("status")),
                ((Number) job.getOrDefault("created", 0)).intValue(),
                ((Number) job.getOrDefault("merged", 0)).intValue(),
                ((Number) job.getOrDefault("rejected", 0)).intValue(),
                seconds,
                csv.length() / 1e6);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? -1 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /** The new lead's id from the 201's Location header (cheaper for the client than parsing the body). */
    private static String idFromLocation(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Connection connect() throws java.sql.SQLException {
        return TestInfrastructure.connect("crm_lead_test");
    }

    private static void sql(String statement) throws java.sql.SQLException {
        try (Connection c = connect();
                var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String query) throws java.sql.SQLException {
        try (Connection c = connect();
                var s = c.createStatement();
                ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
