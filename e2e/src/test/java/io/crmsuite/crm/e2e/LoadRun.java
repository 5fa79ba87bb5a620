package io.crmsuite.crm.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A closed-loop load run for the benchmarks: {@code concurrency} callers send {@code total} requests between them, each
 * waiting for its answer before the next (keep-alive connections). Records every latency and the failures.
 */
final class LoadRun {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private LoadRun() {}

    static Result run(int total, int concurrency, int expectedStatus, IntFunction<HttpRequest> request)
            throws Exception {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<String> failureSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ExecutorService callers = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < concurrency; c++) {
                running.add(callers.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long begin = System.nanoTime();
                        HttpResponse<String> response =
                                HTTP.send(request.apply(i), HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - begin;
                        if (response.statusCode() != expectedStatus) {
                            failures.incrementAndGet();
                            if (failureSamples.size() < 3) {
                                failureSamples.add(response.statusCode() + " " + response.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        return new Result(total, seconds, latencies, failures.get(), failureSamples);
    }

    record Result(int total, double seconds, long[] sortedNanos, int failures, List<String> failureSamples) {
        /** This result, after asserting that every request got the expected status (a benchmark of errors is void). */
        Result withoutFailures() {
            assertEquals(0, failures, () -> "failed requests, e.g. " + failureSamples);
            return this;
        }

        double throughput() {
            return total / seconds;
        }

        double percentileMillis(double p) {
            int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
            return sortedNanos[Math.max(0, index)] / 1e6;
        }
    }
}
