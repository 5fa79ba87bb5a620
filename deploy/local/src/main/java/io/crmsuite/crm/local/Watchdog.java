package io.crmsuite.crm.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Watches a running stack and reports components that died (stopping one on purpose is reported too); ends when the
 * whole watched stack is stopped from another terminal ({@code make stop}, see {@link StopRequest}).
 */
final class Watchdog {
    private static volatile boolean shuttingDown;

    private Watchdog() {}

    /** Called when the stack is being stopped on purpose: nothing to report any more. */
    static void shutdown() {
        shuttingDown = true;
    }

    /**
     * Watches until Ctrl-C or a stop from elsewhere recorded after {@code since} (when the run began); true when the
     * stack was stopped from elsewhere.
     */
    static boolean watch(Stack stack, List<String> names, Instant since) {
        return watch(stack::status, stack.layout().state(), names, since, Duration.ofSeconds(2), System.out);
    }

    static boolean watch(
            Supplier<List<Stack.ComponentStatus>> status,
            Path state,
            List<String> names,
            Instant since,
            Duration every,
            PrintStream out) {
        Set<String> down = new HashSet<>();
        while (!shuttingDown) {
            if (StopRequest.covers(state, names, since)) {
                out.println("■ the stack was stopped from another terminal (`make stop`); `make run` ends here.");
                return true;
            }
            for (Stack.ComponentStatus row : status.get()) {
                if (shuttingDown) {
                    return false;
                }
                if (!names.contains(row.name())) {
                    continue;
                }
                boolean stopped = row.state().equals("stopped");
                if (stopped && StopRequest.covers(state, names, since)) {
                    break; // reported as a whole at the top of the loop
                }
                if (stopped && down.add(row.name())) {
                    out.printf(
                            "! %s is no longer running (log: %s); `make start-%s` brings it back%n",
                            row.name(), row.log(), row.name());
                } else if (!stopped && down.remove(row.name())) {
                    out.printf("✓ %s is running again%n", row.name());
                }
            }
            if (StopRequest.covers(state, names, since)) {
                continue;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
