package io.crmsuite.crm.local;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command line of the local stack: {@code start|stop|restart|status|summary|env|logs|run|running|expand [component...]} where a
 * component is postgres, kafka, keycloak, smtp, a service name, or the groups infra, services and all.
 */
public final class LocalStack {
    private LocalStack() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        List<String> names = Arrays.asList(args).subList(1, args.length);
        try {
            Stack stack = Stack.discover();
            switch (args[0]) {
                case "start" -> stack.start(names);
                case "stop" -> stack.stop(names);
                case "restart" -> {
                    stack.stop(names);
                    stack.start(names);
                }
                case "status" -> Summary.printStatus(stack);
                case "summary" -> Summary.print(stack);
                case "env" -> printEnv(stack.environment());
                case "logs" -> stack.status().forEach(row -> System.out.printf("%-20s %s%n", row.name(), row.log()));
                case "run" -> run(stack, names);
                case "running" ->
                    stack.status().stream()
                            .filter(row -> !row.state().equals("stopped"))
                            .forEach(row -> System.out.println(row.name()));
                case "expand" -> stack.resolve(names).forEach(System.out::println);
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        } catch (Stack.StackException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
        }
    }

    /** Starts everything, prints the summary, then watches until Ctrl-C, which stops what was started. */
    private static void run(Stack stack, List<String> names) {
        java.time.Instant began = java.time.Instant.now();
        java.util.concurrent.atomic.AtomicBoolean stoppedElsewhere = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Watchdog.shutdown();
            if (!stoppedElsewhere.get()) {
                System.out.println(System.lineSeparator() + "stopping the stack…");
                stack.stop(names);
            }
        }));
        stack.start(names);
        Summary.print(stack);
        System.out.println("Press Ctrl-C to stop everything (or run `make stop` from another terminal).");
        stoppedElsewhere.set(Watchdog.watch(stack, stack.resolve(names), began));
    }

    private static void printEnv(Map<String, String> env) {
        System.out.println(
                "# the local stack's addresses; its passwords (PostgreSQL, the Kafka SASL user) are local demo"
                        + " credentials only");
        env.forEach((key, value) -> System.out.println("export " + key + "=" + value));
    }

    private static void usage() {
        System.err.println(
                "usage: LocalStack start|stop|restart|status|summary|env|logs|run|running|expand [component...]");
        System.err.println("  components: postgres kafka keycloak smtp <service> | groups: infra services all");
    }
}
