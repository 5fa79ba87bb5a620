package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code make bench}: the gateway's overhead (the same authenticated GET straight at the lead service and through the
 * gateway, alternating rounds at a fixed concurrency after a warm-up, medians of the rounds, with the CPU each part
 * of the stack used per request) and authenticated lead capture through the gateway at a few concurrency levels.
 * Knobs: {@code -Dbench.requests} (per round, default 4,000), {@code -Dbench.rounds} (default 5),
 * {@code -Dbench.warmup-seconds} (at least, default 40; then until the gateway stops compiling, at most
 * {@code -Dbench.max-warmup-seconds}, default 180), {@code -Dbench.concurrency} (default 16), {@code -Dbench.captures} (per
 * level, default 600). The bench profile raises the gateway's rate limits (they would otherwise answer 429 in the
 * middle) and runs the services with the JVM's full JIT compiler, as in production (the local stack's default is the
 * quick-starting C1 compiler only).
 */
class GatewayBench {
    private static final int REQUESTS = Integer.getInteger("bench.requests", 4_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final java.time.Duration WARM_UP =
            java.time.Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 40));
    private static final java.time.Duration MAX_WARM_UP =
            java.time.Duration.ofSeconds(Integer.getInteger("bench.max-warmup-seconds", 180));
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
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
        overhead(token, "GET /api/v1/leads/{id} (the lightest call)", "/api/v1/leads/" + leadId);
        overhead(token, "GET /api/v1/leads?limit=20 (a page of a list)", "/api/v1/leads?limit=20");

        StringBuilder capture = new StringBuilder(String.format(
                "%n| lead capture through the gateway (POST /api/v1/leads as rep.east1), %d per level | concurrency"
                        + " | leads/s | p50 ms | p99 ms |%n|---|---|---|---|---|%n",
                CAPTURES));
        for (int concurrency : new int[] {1, 8, 32}) {
            LoadRun.Result result = checked(LoadRun.run(
                    CAPTURES, concurrency, 201, i -> post(SuiteStack.url("CRM_GATEWAY_URL") + "/api/v1/leads", token)));
            capture.append(String.format(
                    "| | %d | %.0f | %.1f | %.1f |%n",
                    concurrency, result.throughput(), result.percentileMillis(0.50), result.percentileMillis(0.99)));
        }
        System.out.print(capture);
    }

    /** Alternating rounds straight at lead-service and through the gateway; medians of the rounds. */
    private static void overhead(String token, String label, String path) throws Exception {
        String direct = SuiteStack.url("CRM_LEAD_SERVICE_URL") + path;
        String gateway = SuiteStack.url("CRM_GATEWAY_URL") + path;
        CpuMeter cpu = new CpuMeter()
                .process("gateway", SuiteStack.pid("gateway"))
                .process("lead-service", SuiteStack.pid("lead-service"))
                .program("postgres", "postgres")
                .self("load generator");
        // warm-up, alternating both paths: connection pools, token keys and the JIT. The services run with the full
        // JIT compiler here, as in production, and the gateway's keeps compiling for a minute or more under load;
        // what the gateway uses while only the direct path is loaded is that compiling, so the warm-up lasts at least
        // WARM_UP and then until the gateway is idle (< 2 % of a core) during three direct runs in a row, at most
        // MAX_WARM_UP.
        long warmStart = System.nanoTime();
        double gatewayBackground;
        double warmSeconds;
        int quietRuns = 0; // the JIT compiles in bursts: one quiet run is not yet the end of it
        do {
            var before = cpu.snapshot();
            LoadRun.Result directRun = LoadRun.run(REQUESTS / 2, CONCURRENCY, 200, i -> get(direct, token));
            gatewayBackground =
                    cpu.snapshot().get("gateway").minus(before.get("gateway")).toNanos() / 1e9 / directRun.seconds();
            quietRuns = gatewayBackground < 0.02 ? quietRuns + 1 : 0;
            LoadRun.run(REQUESTS / 2, CONCURRENCY, 200, i -> get(gateway, token));
            warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        } while (warmSeconds < WARM_UP.toSeconds() || (quietRuns < 3 && warmSeconds < MAX_WARM_UP.toSeconds()));
        System.out.printf(
                "%nwarm-up of %s: %.0f s; the gateway used %.1f %% of a core while idle at its end%n",
                label, warmSeconds, gatewayBackground * 100);
        List<Round> directRounds = new ArrayList<>();
        List<Round> gatewayRounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            directRounds.add(
                    Round.measure(cpu, () -> LoadRun.run(REQUESTS, CONCURRENCY, 200, i -> get(direct, token))));
            gatewayRounds.add(
                    Round.measure(cpu, () -> LoadRun.run(REQUESTS, CONCURRENCY, 200, i -> get(gateway, token))));
        }
        double directRps = median(directRounds, r -> r.load().throughput());
        double gatewayRps = median(gatewayRounds, r -> r.load().throughput());
        double directP50 = median(directRounds, r -> r.load().percentileMillis(0.50));
        double gatewayP50 = median(gatewayRounds, r -> r.load().percentileMillis(0.50));
        double directP99 = median(directRounds, r -> r.load().percentileMillis(0.99));
        double gatewayP99 = median(gatewayRounds, r -> r.load().percentileMillis(0.99));
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ratios.add(gatewayRounds.get(round).load().throughput()
                    / directRounds.get(round).load().throughput());
        }
        System.out.printf(
                "%n| gateway overhead: %s, %d requests x %d rounds, concurrency %d | requests/s (median) | p50 ms |"
                        + " p99 ms |%n|---|---|---|---|%n"
                        + "| direct to lead-service | %.0f | %.2f | %.2f |%n"
                        + "| through the gateway | %.0f | %.2f | %.2f |%n"
                        + "| gateway / direct | ratio %.2f (target >= 0.85; per round %s) | +%.2f | +%.2f (target <= 5 ms) |%n",
                label,
                REQUESTS,
                ROUNDS,
                CONCURRENCY,
                directRps,
                directP50,
                directP99,
                gatewayRps,
                gatewayP50,
                gatewayP99,
                gatewayRps / directRps,
                ratios.stream().map(r -> String.format("%.2f", r)).toList(),
                gatewayP50 - directP50,
                gatewayP99 - directP99);
        StringBuilder table = new StringBuilder("| CPU ms per request (median of the rounds) |");
        directRounds.getFirst().cpuPerRequest().keySet().forEach(part -> table.append(' ')
                .append(part)
                .append(" |"));
        table.append(" all |\n|---|");
        directRounds.getFirst().cpuPerRequest().keySet().forEach(part -> table.append("---|"));
        table.append("---|\n");
        double[] all = new double[2];
        int row = 0;
        for (var rows : List.of(Map.entry("direct", directRounds), Map.entry("through the gateway", gatewayRounds))) {
            table.append("| ").append(rows.getKey()).append(" |");
            for (String part : directRounds.getFirst().cpuPerRequest().keySet()) {
                double millis = median(rows.getValue(), r -> r.cpuPerRequest().get(part));
                all[row] += millis;
                table.append(String.format(" %.3f |", millis));
            }
            table.append(String.format(" %.3f |%n", all[row++]));
        }
        // with every part on the same saturated cores, throughput is the inverse of the CPU a request costs in all
        table.append(String.format(
                "| CPU cost ratio direct / through the gateway (the throughput ratio on saturated shared cores) | %.2f"
                        + " | | | | |%n",
                all[0] / all[1]));
        System.out.print(table);
    }

    /** One load run and the CPU each part of the stack used per request meanwhile. */
    private record Round(LoadRun.Result load, Map<String, Double> cpuPerRequest) {
        static Round measure(CpuMeter cpu, java.util.concurrent.Callable<LoadRun.Result> run) throws Exception {
            var before = cpu.snapshot();
            LoadRun.Result load = checked(run.call());
            return new Round(load, CpuMeter.perRequest(before, cpu.snapshot(), load.total()));
        }
    }

    private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
        return median(rounds.stream().map(r -> value.applyAsDouble(r)).toList());
    }

    private static LoadRun.Result checked(LoadRun.Result result) {
        assertEquals(0, result.failures(), () -> "failed requests, e.g. " + result.failureSamples());
        return result;
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
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

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
