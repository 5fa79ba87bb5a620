package io.crmsuite.crm.local;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchdogTest {
    private static final List<String> NAMES = List.of("postgres", "lead-service");

    @TempDir
    Path state;

    private final List<Stack.ComponentStatus> rows = new CopyOnWriteArrayList<>(
            List.of(row("postgres", "ready"), row("lead-service", "ready"), row("kafka", "ready")));
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final java.time.Instant runBegan = java.time.Instant.now().minusSeconds(1);

    private static Stack.ComponentStatus row(String name, String state) {
        return new Stack.ComponentStatus(name, state, "", 1, Path.of(name + ".log"));
    }

    private CompletableFuture<Boolean> watching() {
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        return CompletableFuture.supplyAsync(
                () -> Watchdog.watch(() -> List.copyOf(rows), state, NAMES, runBegan, Duration.ofMillis(20), out));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStopFromAnotherTerminalEndsTheWatchWithALineSayingSo() throws Exception {
        CompletableFuture<Boolean> watch = watching();
        StopRequest.record(state, List.of("lead-service", "kafka", "postgres"));
        rows.replaceAll(r -> row(r.name(), "stopped"));

        assertTrue(watch.get(10, TimeUnit.SECONDS), "the watch says the stack was stopped elsewhere");
        assertTrue(printed().contains("stopped from another terminal"), printed());
        assertFalse(printed().contains("no longer running"), printed());
    }

    @Test
    void aComponentThatDiesIsReportedAndTheWatchGoesOn() throws Exception {
        CompletableFuture<Boolean> watch = watching();
        rows.set(1, row("lead-service", "stopped"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> printed()
                .contains("! lead-service is no longer running"));
        StopRequest.record(state, List.of("lead-service")); // stopping one component is not stopping the stack

        try {
            watch.get(300, TimeUnit.MILLISECONDS);
            throw new AssertionError("the watch ended although only one component was stopped: " + printed());
        } catch (TimeoutException expected) {
            // still watching
        }
        StopRequest.record(state, NAMES);
        assertTrue(watch.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aStopRecordedBeforeTheRunBeganIsNotThisRunsEnd() throws Exception {
        StopRequest.record(state, NAMES);
        java.nio.file.Files.setLastModifiedTime(
                state.resolve("stop-request"), java.nio.file.attribute.FileTime.from(runBegan.minusSeconds(60)));
        assertFalse(StopRequest.covers(state, NAMES, runBegan));
        assertTrue(StopRequest.covers(state, NAMES, runBegan.minusSeconds(61)));
    }
}
