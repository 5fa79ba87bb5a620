package io.crmsuite.crm.e2e;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * CPU time used by the parts of the stack while a load run goes — a process with its descendants, or every process of
 * one program — read from the operating system ({@link ProcessHandle.Info#totalCpuDuration}). On a machine where
 * every part shares the same cores, CPU per request is what the throughput ratio is made of.
 */
final class CpuMeter {
    private final Map<String, Supplier<Stream<ProcessHandle>>> parts = new LinkedHashMap<>();

    /** Measures the process {@code pid} and its descendants under {@code label}; a missing process counts as 0. */
    CpuMeter process(String label, long pid) {
        parts.put(label, CpuLayout.tree(pid));
        return this;
    }

    /**
     * Measures every process whose program is called {@code program} (PostgreSQL runs daemonised, away from the
     * supervisor the stack knows, and forks a process per connection).
     */
    CpuMeter program(String label, String program) {
        parts.put(label, () -> ProcessHandle.allProcesses().filter(p -> p.info()
                .command()
                .map(command ->
                        java.nio.file.Path.of(command).getFileName().toString().equals(program))
                .orElse(false)));
        return this;
    }

    CpuMeter self(String label) {
        parts.put(label, CpuLayout.self());
        return this;
    }

    Map<String, Duration> snapshot() {
        Map<String, Duration> used = new LinkedHashMap<>();
        parts.forEach((label, processes) -> used.put(
                label,
                processes
                        .get()
                        .map(p -> p.info().totalCpuDuration())
                        .flatMap(Optional::stream)
                        .reduce(Duration.ZERO, Duration::plus)));
        return used;
    }

    /** CPU milliseconds per request of each part between two snapshots. */
    static Map<String, Double> perRequest(Map<String, Duration> before, Map<String, Duration> after, int requests) {
        Map<String, Double> millis = new LinkedHashMap<>();
        after.forEach(
                (label, used) -> millis.put(label, used.minus(before.get(label)).toNanos() / 1e6 / requests));
        return millis;
    }
}
