package io.crmsuite.crm.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches a running stack and reports components that died (stopping one on purpose is reported too); ends when the
 * whole watched stack is stopped from another terminal ({@code make stop}, see {@link StopRequest}).
 */
final class Watchdog {
    /** Released when the stack is being stopped on purpose (Ctrl-C): nothing to report any more. */
    private static final CountDownLatch SHUTDOWN = new CountDownLatch(1);

    private Watchdog() {}

    /** Called when the stack is being stopped on purpose: the watch ends at once. */
    static void shutdown() {
        SHUTDOWN.countDown();
    }

    /**
     * Watches until Ctrl-C or a stop from elsewhere recorded after {@code since} (when the run began); true when the
     * stack was stopped from elsewhere.
     */
    static boolean watch(Stack stack, List<String> names, Instant since) {
        return watch(stack::status, stack.layout().state(), names, since, Duration.ofSeconds(2), System.out);
    }

    /** One round every {@code every}, until {@link #shutdown} or a stop from elsewhere. */
    static boolean watch(
            Supplier<List<Stack.ComponentStatus>> status,
            Path state,
            List<String> names,
            Instant since,
            Duration every,
            PrintStream out) {
        Set<String> down = new HashSet<>();
        try {
            do {
                if (stoppedElsewhere(status, state, names, since, down, out)) {
                    out.println("■ the stack was stopped from another terminal (`make stop`); `make run` ends here.");
                    return true;
                }
            } while (!SHUTDOWN.await(every.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * One round: true when a stop from elsewhere covers the watched stack (its components going down are not reported
     * one by one); otherwise reports what went down or came back.
     */
    private static boolean stoppedElsewhere(
            Supplier<List<Stack.ComponentStatus>> status,
            Path state,
            List<String> names,
            Instant since,
            Set<String> down,
            PrintStream out) {
        if (StopRequest.covers(state, names, since)) {
            return true;
        }
        for (Stack.ComponentStatus row : status.get()) {
            if (SHUTDOWN.getCount() == 0) {
                return false;
            }
            if (!names.contains(row.name())) {
                continue;
            }
            boolean stopped = row.state().equals("stopped");
            if (stopped && !down.contains(row.name()) && StopRequest.covers(state, names, since)) {
                return true; // recorded while this round ran
            }
            if (stopped && down.add(row.name())) {
                out.printf(
                        "! %s is no longer running (log: %s); `make start-%s` brings it back%n",
                        row.name(), row.log(), row.name());
            } else if (!stopped && down.remove(row.name())) {
                out.printf("✓ %s is running again%n", row.name());
            }
        }
        return false;
    }
}
