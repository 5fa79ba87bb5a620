package io.crmsuite.crm.local;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Watches a running stack and reports components that died (stopping one on purpose is reported too). */
final class Watchdog {
    private static volatile boolean shuttingDown;

    private Watchdog() {}

    /** Called when the stack is being stopped on purpose: nothing to report any more. */
    static void shutdown() {
        shuttingDown = true;
    }

    static void watch(Stack stack, List<String> names) {
        Set<String> down = new HashSet<>();
        while (!shuttingDown) {
            for (Stack.ComponentStatus row : stack.status()) {
                if (shuttingDown) {
                    return;
                }
                if (!names.contains(row.name())) {
                    continue;
                }
                boolean stopped = row.state().equals("stopped");
                if (stopped && down.add(row.name())) {
                    System.out.printf(
                            "! %s is no longer running (log: %s); `make start-%s` brings it back%n",
                            row.name(), row.log(), row.name());
                } else if (!stopped && down.remove(row.name())) {
                    System.out.printf("✓ %s is running again%n", row.name());
                }
            }
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
