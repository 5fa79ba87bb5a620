package io.crmsuite.crm.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * The gateway's overhead on one GET: the same authenticated request straight at lead-service and through the gateway,
 * in alternating rounds at a fixed concurrency, medians of the rounds, with the CPU each part of the stack used per
 * request. Measured in the CPU layouts given (every part on every CPU; the gateway on CPUs of its own), after one
 * warm-up.
 */
final class GatewayOverhead {
    private final String label;
    private final String direct;
    private final String gateway;
    private final String token;
    private final Settings settings;
    private final CpuMeter cpu;

    /** Requests per round, rounds, concurrency, and the warm-up's least and greatest length. */
    record Settings(int requests, int rounds, int concurrency, Duration warmUp, Duration maxWarmUp) {}

    /** What one layout gave: the rounds of each path. */
    record Outcome(String layout, List<Round> directRounds, List<Round> gatewayRounds) {
        double ratio() {
            return median(gatewayRounds, r -> r.load().throughput())
                    / median(directRounds, r -> r.load().throughput());
        }

        double addedP99() {
            return median(gatewayRounds, r -> r.load().percentileMillis(0.99))
                    - median(directRounds, r -> r.load().percentileMillis(0.99));
        }
    }

    GatewayOverhead(String label, String path, String token, Settings settings) {
        this.label = label;
        this.direct = SuiteStack.url("CRM_LEAD_SERVICE_URL") + path;
        this.gateway = SuiteStack.url("CRM_GATEWAY_URL") + path;
        this.token = token;
        this.settings = settings;
        this.cpu = new CpuMeter()
                .process("gateway", SuiteStack.pid("gateway"))
                .process("lead-service", SuiteStack.pid("lead-service"))
                .program("postgres", "postgres")
                .self("load generator");
    }

    /**
     * Warm-up, alternating both paths: connection pools, token keys and the JIT. The services run with the full JIT
     * compiler here, as in production, and the gateway's keeps compiling for a minute or more under load; what the
     * gateway uses while only the direct path is loaded is that compiling, so the warm-up lasts at least
     * {@code warmUp} and then until the gateway is idle (< 2 % of a core) during three direct runs in a row (the JIT
     * compiles in bursts), at most {@code maxWarmUp}.
     */
    void warmUp() throws Exception {
        long warmStart = System.nanoTime();
        double gatewayBackground;
        double warmSeconds;
        int quietRuns = 0;
        do {
            var before = cpu.snapshot();
            // a warm-up of failing requests would warm the wrong paths: it asserts like the measured rounds
            LoadRun.Result directRun = LoadRun.run(
                            settings.requests() / 2, settings.concurrency(), 200, i -> get(direct))
                    .withoutFailures();
            gatewayBackground =
                    cpu.snapshot().get("gateway").minus(before.get("gateway")).toNanos() / 1e9 / directRun.seconds();
            quietRuns = gatewayBackground < 0.02 ? quietRuns + 1 : 0;
            LoadRun.run(settings.requests() / 2, settings.concurrency(), 200, i -> get(gateway))
                    .withoutFailures();
            warmSeconds = (System.nanoTime() - warmStart) / 1e9;
        } while (warmSeconds < settings.warmUp().toSeconds()
                || (quietRuns < 3 && warmSeconds < settings.maxWarmUp().toSeconds()));
        System.out.printf(
                "%nwarm-up of %s: %.0f s; the gateway used %.1f %% of a core while idle at its end%n",
                label, warmSeconds, gatewayBackground * 100);
    }

    String label() {
        return label;
    }

    /** Alternating rounds in the current CPU layout; prints the tables and returns the rounds. */
    Outcome measure(String layout) throws Exception {
        List<Round> directRounds = new ArrayList<>();
        List<Round> gatewayRounds = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
            directRounds.add(Round.measure(cpu, () -> run(direct)));
            gatewayRounds.add(Round.measure(cpu, () -> run(gateway)));
        }
        Outcome outcome = new Outcome(layout, directRounds, gatewayRounds);
        print(outcome);
        return outcome;
    }

    private LoadRun.Result run(String url) throws Exception {
        return LoadRun.run(settings.requests(), settings.concurrency(), 200, i -> get(url));
    }

    private void print(Outcome outcome) {
        List<Round> d = outcome.directRounds();
        List<Round> g = outcome.gatewayRounds();
        List<String> perRound = new ArrayList<>();
        for (int round = 0; round < d.size(); round++) {
            perRound.add(String.format(
                    "%.2f",
                    g.get(round).load().throughput() / d.get(round).load().throughput()));
        }
        System.out.printf(
                "%n| %s, %s: %d requests x %d rounds, concurrency %d | requests/s (median) | p50 ms | p99 ms |%n"
                        + "|---|---|---|---|%n"
                        + "| direct to lead-service | %.0f | %.2f | %.2f |%n"
                        + "| through the gateway | %.0f | %.2f | %.2f |%n"
                        + "| gateway / direct | ratio %.2f (target >= 0.85; per round %s) | +%.2f | +%.2f (target <= 5 ms)"
                        + " |%n",
                label,
                outcome.layout(),
                settings.requests(),
                settings.rounds(),
                settings.concurrency(),
                median(d, r -> r.load().throughput()),
                median(d, r -> r.load().percentileMillis(0.50)),
                median(d, r -> r.load().percentileMillis(0.99)),
                median(g, r -> r.load().throughput()),
                median(g, r -> r.load().percentileMillis(0.50)),
                median(g, r -> r.load().percentileMillis(0.99)),
                outcome.ratio(),
                perRound,
                median(g, r -> r.load().percentileMillis(0.50))
                        - median(d, r -> r.load().percentileMillis(0.50)),
                outcome.addedP99());
        System.out.print(cpuTable(d, g));
    }

    private static String cpuTable(List<Round> d, List<Round> g) {
        var parts = d.getFirst().cpuPerRequest().keySet();
        StringBuilder table = new StringBuilder("| CPU ms per request (median of the rounds) |");
        parts.forEach(part -> table.append(' ').append(part).append(" |"));
        table.append(" all |\n|---|");
        parts.forEach(part -> table.append("---|"));
        table.append("---|\n");
        double[] all = new double[2];
        int row = 0;
        for (var rows : List.of(Map.entry("direct", d), Map.entry("through the gateway", g))) {
            table.append("| ").append(rows.getKey()).append(" |");
            for (String part : parts) {
                double millis = median(rows.getValue(), r -> r.cpuPerRequest().get(part));
                all[row] += millis;
                table.append(String.format(" %.3f |", millis));
            }
            table.append(String.format(" %.3f |%n", all[row++]));
        }
        // with every part on the same saturated cores, throughput is the inverse of the CPU a request costs in all
        table.append(String.format(
                "| CPU cost ratio direct / through the gateway (the throughput ratio when all parts share saturated"
                        + " cores) | %.2f | | | | |%n",
                all[0] / all[1]));
        return table.toString();
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
    }

    /** One load run and the CPU each part of the stack used per request meanwhile. */
    record Round(LoadRun.Result load, Map<String, Double> cpuPerRequest) {
        static Round measure(CpuMeter cpu, Callable<LoadRun.Result> run) throws Exception {
            var before = cpu.snapshot();
            LoadRun.Result load = run.call().withoutFailures();
            return new Round(load, CpuMeter.perRequest(before, cpu.snapshot(), load.total()));
        }
    }

    static double median(List<Round> rounds, ToDoubleFunction<Round> value) {
        List<Double> sorted =
                rounds.stream().map(r -> value.applyAsDouble(r)).sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
