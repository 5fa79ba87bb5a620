package io.crmsuite.crm.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The local stack as a whole: its components in start order, idempotent start with health waits, and stop. Also the
 * API the test kit uses to make sure PostgreSQL and Kafka run.
 */
public final class Stack {
    public static final List<String> INFRA = List.of("postgres", "kafka", "keycloak", "smtp");

    private final StackLayout layout;
    private final StackSettings settings;
    private final Map<String, Component> components = new LinkedHashMap<>();

    public Stack(StackLayout layout) {
        this(layout, layout.settings());
    }

    /** A stack with explicit settings (tests run a second broker on other ports and state). */
    Stack(StackLayout layout, StackSettings settings) {
        this.layout = layout;
        this.settings = settings;
        KeycloakComponent keycloak = new KeycloakComponent(layout, settings);
        SmtpComponent smtp = new SmtpComponent(layout, settings);
        KafkaComponent kafka = new KafkaComponent(layout, settings);
        add(new PostgresComponent(layout, settings));
        add(kafka);
        add(keycloak);
        add(smtp);
        Map<String, Integer> services = StackSettings.services(layout.servicesFile());
        Map<String, String> env = new StackEnvironment(settings, kafka, keycloak, smtp, services).variables();
        services.forEach((name, port) -> {
            ServiceComponent service = new ServiceComponent(name, port, layout, settings, env);
            if (service.present()) {
                add(service);
            }
        });
    }

    public static Stack discover() {
        return new Stack(StackLayout.discover(Path.of("")));
    }

    private void add(Component component) {
        components.put(component.name(), component);
    }

    public StackLayout layout() {
        return layout;
    }

    /** The CRM_* variables that point a service or a test at this stack. */
    public Map<String, String> environment() {
        KafkaComponent kafka = (KafkaComponent) components.get("kafka");
        KeycloakComponent keycloak = (KeycloakComponent) components.get("keycloak");
        SmtpComponent smtp = (SmtpComponent) components.get("smtp");
        return new StackEnvironment(settings, kafka, keycloak, smtp, StackSettings.services(layout.servicesFile()))
                .variables();
    }

    /** Expands "all", "infra" and "services" into component names, in start order. */
    public List<String> resolve(List<String> names) {
        List<String> resolved = new ArrayList<>();
        List<String> requested = names.isEmpty() ? List.of("all") : names;
        for (String name : components.keySet()) {
            boolean isInfra = INFRA.contains(name);
            boolean wanted = requested.contains("all")
                    || requested.contains(name)
                    || (isInfra && requested.contains("infra"))
                    || (!isInfra && requested.contains("services"));
            if (wanted) {
                resolved.add(name);
            }
        }
        for (String name : requested) {
            if (!List.of("all", "infra", "services").contains(name) && !components.containsKey(name)) {
                throw new IllegalArgumentException(
                        "unknown component '" + name + "'; known: " + String.join(", ", components.keySet()));
            }
        }
        return resolved;
    }

    /**
     * Starts the named components (infrastructure first, then services), reusing running ones; waits until each is
     * ready. Throws with the failing component, the reason and the tail of its log.
     */
    public void start(List<String> names) {
        List<String> resolved = resolve(names);
        startGroup(resolved.stream().filter(INFRA::contains).toList());
        startGroup(resolved.stream().filter(n -> !INFRA.contains(n)).toList());
    }

    private void startGroup(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(names.size())) {
            Map<String, Future<Optional<String>>> results = new LinkedHashMap<>();
            for (String name : names) {
                results.put(name, pool.submit(() -> startOne(components.get(name))));
            }
            List<String> failures = new ArrayList<>();
            for (var result : results.entrySet()) {
                try {
                    result.getValue().get().ifPresent(failures::add);
                } catch (Exception e) {
                    failures.add(components.get(result.getKey()).describeFailure(e.toString()));
                }
            }
            if (!failures.isEmpty()) {
                throw new StackException(String.join(System.lineSeparator(), failures));
            }
        }
    }

    private Optional<String> startOne(Component component) throws IOException, InterruptedException {
        Optional<String> unavailable = component.unavailableReason();
        if (unavailable.isPresent()) {
            return Optional.of("✗ " + component.name() + ": " + unavailable.get());
        }
        Instant begin = Instant.now();
        boolean spawned = component.spawnIfNeeded();
        Instant deadline = begin.plus(component.startTimeout());
        while (!component.ready()) {
            if (component.running().isEmpty()) {
                return Optional.of(component.describeFailure("the process exited"));
            }
            if (Instant.now().isAfter(deadline)) {
                return Optional.of(component.describeFailure("not ready within " + component.startTimeout()));
            }
            Thread.sleep(250);
        }
        try {
            component.afterReady(spawned);
        } catch (IOException e) {
            return Optional.of(component.describeFailure(e.getMessage()));
        }
        long millis = Duration.between(begin, Instant.now()).toMillis();
        System.out.printf(
                "✓ %-20s %s in %.1f s%n", component.name(), spawned ? "started" : "already running", millis / 1000.0);
        return Optional.empty();
    }

    /** Stops the named components, services before infrastructure. */
    public void stop(List<String> names) {
        List<String> resolved = new ArrayList<>(resolve(names));
        StopRequest.record(layout.state(), resolved);
        java.util.Collections.reverse(resolved);
        for (String name : resolved) {
            if (components.get(name).stop()) {
                System.out.printf("■ %-20s stopped%n", name);
            }
        }
    }

    public List<ComponentStatus> status() {
        List<ComponentStatus> rows = new ArrayList<>();
        for (Component component : components.values()) {
            Optional<ProcessHandle> process = component.running();
            String state = process.isEmpty() ? "stopped" : component.ready() ? "ready" : "starting/unhealthy";
            rows.add(new ComponentStatus(
                    component.name(),
                    state,
                    component.url(),
                    process.map(ProcessHandle::pid).orElse(-1L),
                    component.logFile()));
        }
        return rows;
    }

    public record ComponentStatus(String name, String state, String url, long pid, java.nio.file.Path log) {}

    /** A component that did not start, with the reason and the tail of its log. */
    public static final class StackException extends RuntimeException {
        public StackException(String message) {
            super(message);
        }
    }
}
