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
        loadDemoContent(stack, names);
        System.out.println("Press Ctrl-C to stop everything (or run `make stop` from another terminal).");
        stoppedElsewhere.set(Watchdog.watch(stack, stack.resolve(names), began));
    }

    /**
     * On a stack's first start with the gateway: the demo content, through the API (once; {@code demo.content=false}
     * or {@code CRM_DEMO_CONTENT=false} turns it off). A failed step is reported; the stack keeps running.
     */
    private static void loadDemoContent(Stack stack, List<String> names) {
        StackSettings settings = stack.layout().settings();
        java.nio.file.Path marker = stack.layout().state().resolve("demo-content.loaded");
        boolean gatewayReady = stack.resolve(names).contains("gateway")
                && stack.status().stream()
                        .anyMatch(row ->
                                row.name().equals("gateway") && row.state().equals("ready"));
        if (!Boolean.parseBoolean(settings.get("demo.content")) || !gatewayReady) {
            return;
        }
        if (java.nio.file.Files.exists(marker)) {
            System.out.println("Demo content: loaded on this stack's first start (" + marker + ")."
                    + " To start over with empty databases and the demo content again: make reset, then make run.");
            System.out.println();
            return;
        }
        System.out.println("Loading the demo content through the API as the demo users…");
        Map<String, String> env = stack.environment();
        try {
            DemoContent.Loaded loaded = new DemoContent(
                            env.get("CRM_GATEWAY_URL"), env.get("CRM_KEYCLOAK_URL"), settings.get("keycloak.realm"))
                    .load("", "8000");
            java.nio.file.Files.writeString(marker, java.time.Instant.now() + System.lineSeparator());
            System.out.println("✓ Demo content loaded: " + loaded.requests().getOrDefault("accounts", 0)
                    + " accounts; " + loaded.requests().getOrDefault("contacts", 0) + " contacts with consents,"
                    + " interactions, tasks and purchases; "
                    + (loaded.requests().getOrDefault("leads", 0)
                            + loaded.requests().getOrDefault("web-forms/leads", 0))
                    + " leads at every status (log in as rep.east1, manager.east or admin to see them).");
            System.out.println(
                    "  To start over with empty databases and the demo content again: make reset, then make run"
                            + " (CRM_DEMO_CONTENT=false: none).");
        } catch (DemoContent.StepFailed | java.io.IOException e) {
            System.out.println("✗ Demo content not (completely) loaded: " + e.getMessage());
        }
        System.out.println();
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
