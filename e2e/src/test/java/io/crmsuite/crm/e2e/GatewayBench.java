package io.crmsuite.crm.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code make bench}: the gateway's overhead ({@link GatewayOverhead}: the same authenticated GET straight at the lead
 * service and through the gateway, alternating rounds at a fixed concurrency after a warm-up, medians of the rounds,
 * with the CPU each part of the stack used per request) in two CPU layouts, and authenticated lead capture through the
 * gateway at a few concurrency levels.
 *
 * <p>Layouts: <b>shared</b> — every part may run on every CPU, so on a small machine the gateway takes its CPU from
 * the service it fronts and the throughput ratio is the ratio of what a request costs in CPU across the whole stack;
 * <b>gateway on its own CPUs</b> — lead-service, PostgreSQL and the rest of the stack on one half of the CPUs, the
 * gateway and the load generator on the other ({@link CpuLayout}), as a deployment runs the gateway in pods of its
 * own. The target (ratio ≥ 0.85, added p99 ≤ 5 ms) is judged on the second; the first is printed beside it.
 *
 * <p>Knobs: {@code -Dbench.requests} (per round, default 6,000), {@code -Dbench.rounds} (default 7),
 * {@code -Dbench.warmup-seconds} (at least, default 40; then until the gateway stops compiling, at most
 * {@code -Dbench.max-warmup-seconds}, default 180), {@code -Dbench.concurrency} (default 16), {@code -Dbench.captures}
 * (per level, default 600). The bench profile raises the gateway's rate limits (they would otherwise answer 429 in the
 * middle) and runs the services with the JVM's full JIT compiler, as in production (the local stack's default is the
 * quick-starting C1 compiler only).
 */
class GatewayBench {
    private static final GatewayOverhead.Settings SETTINGS = new GatewayOverhead.Settings(
            Integer.getInteger("bench.requests", 6_000),
            Integer.getInteger("bench.rounds", 7),
            Integer.getInteger("bench.concurrency", 16),
            Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 40)),
            Duration.ofSeconds(Integer.getInteger("bench.max-warmup-seconds", 180)));
    private static final int CAPTURES = Integer.getInteger("bench.captures", 600);

    @Test
    void gatewayOverheadAndCaptureThroughTheGateway() throws Exception {
        String token = Api.token("rep.east1");
        String leadId = Api.as("rep.east1")
                .contentType("application/json")
                .body(Map.of("name", "Bench Read", "region", "East China"))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        List<String> summary = new ArrayList<>();
        summary.addAll(overhead(new GatewayOverhead(
                "GET /api/v1/leads/{id} (the lightest call)", "/api/v1/leads/" + leadId, token, SETTINGS)));
        summary.addAll(overhead(new GatewayOverhead(
                "GET /api/v1/leads?limit=20 (a page of a list)", "/api/v1/leads?limit=20", token, SETTINGS)));
        System.out.printf(
                "%n| summary | layout | ratio (target >= 0.85) | added p99 ms (target <= 5) |%n|---|---|---|---|%n%s",
                String.join("", summary));

        StringBuilder capture = new StringBuilder(String.format(
                "%n| lead capture through the gateway (POST /api/v1/leads as rep.east1), %d per level | concurrency"
                        + " | leads/s | p50 ms | p99 ms |%n|---|---|---|---|---|%n",
                CAPTURES));
        for (int concurrency : new int[] {1, 8, 32}) {
            LoadRun.Result result = LoadRun.run(
                            CAPTURES,
                            concurrency,
                            201,
                            i -> post(SuiteStack.url("CRM_GATEWAY_URL") + "/api/v1/leads", token))
                    .withoutFailures();
            capture.append(String.format(
                    "| | %d | %.0f | %.1f | %.1f |%n",
                    concurrency, result.throughput(), result.percentileMillis(0.50), result.percentileMillis(0.99)));
        }
        System.out.print(capture);
    }

    /** Warm-up, then the rounds with every part on every CPU, then with the gateway on CPUs of its own. */
    private static List<String> overhead(GatewayOverhead bench) throws Exception {
        bench.warmUp();
        List<GatewayOverhead.Outcome> outcomes = new ArrayList<>();
        outcomes.add(bench.measure("shared CPUs"));
        // the service side: lead-service, PostgreSQL and the rest of the stack (Kafka, Keycloak, contact-service, …),
        // mostly idle here, which would otherwise wander onto the gateway's CPU; the gateway side: the gateway and
        // the load generator
        List<Supplier<Stream<ProcessHandle>>> serviceSide = new ArrayList<>();
        SuiteStack.pidsExcept(Set.of("gateway")).forEach(pid -> serviceSide.add(CpuLayout.tree(pid)));
        serviceSide.add(CpuLayout.tree(SuiteStack.postgresServerPid()));
        var split = CpuLayout.split(serviceSide, List.of(CpuLayout.tree(SuiteStack.pid("gateway")), CpuLayout.self()));
        if (split.isEmpty()) {
            System.out.println("(the gateway cannot get CPUs of its own here: fewer than 2 CPUs or no taskset)");
        }
        try (CpuLayout layout = split.orElse(null)) {
            if (layout != null) {
                outcomes.add(bench.measure("gateway on its own CPU (" + layout.description() + ")"));
            }
        }
        return outcomes.stream()
                .map(o -> String.format(
                        "| %s | %s | %.2f | %+.2f |%n", bench.label(), o.layout(), o.ratio(), o.addedP99()))
                .toList();
    }

    private static HttpRequest post(String url, String token) {
        String body = "{\"name\":\"Bench Capture\",\"region\":\"East China\",\"industry\":\"Technology\",\"email\":\""
                + Api.unique("bench") + "@example.com\"}";
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
