package io.crmsuite.crm.e2e;

import io.crmsuite.crm.local.Stack;
import io.crmsuite.crm.testkit.KafkaTestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Brings the whole local suite up once per test run (infrastructure, every built service, the gateway) with the
 * launcher of {@code make run}, and at the end stops exactly what it started: a suite already running (make run) is
 * used as it is and left running. Registered through META-INF/services, so it wraps every test class of the module.
 */
public class SuiteStack implements LauncherSessionListener {
    private static volatile Stack stack;
    private static volatile Map<String, String> environment;
    private static volatile Set<String> startedHere = Set.of();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        // started lazily by the first test that needs it: a session that runs no e2e test starts nothing
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (stack != null && !startedHere.isEmpty()) {
            stack.stop(List.copyOf(startedHere));
        }
    }

    /** The suite's CRM_* addresses (CRM_GATEWAY_URL, CRM_LEAD_SERVICE_URL, CRM_OIDC_ISSUER, …), starting it if needed. */
    public static synchronized Map<String, String> environment() {
        if (environment == null) {
            Stack discovered = Stack.discover();
            Set<String> before = running(discovered);
            if (!before.containsAll(discovered.resolve(List.of("services")))) {
                discovered.start(List.of("infra"));
                skipEarlierTestTraffic();
            }
            discovered.start(List.of("all"));
            Set<String> after = running(discovered);
            startedHere = after.stream().filter(name -> !before.contains(name)).collect(Collectors.toSet());
            stack = discovered;
            environment = discovered.environment();
        }
        return environment;
    }

    public static String url(String variable) {
        String value = environment().get(variable);
        if (value == null) {
            throw new IllegalStateException(variable + " is not set: is the service built (services/*/target)?");
        }
        return value;
    }

    /** Stops one component (fault tests); {@link #start} brings it back. */
    public static void stop(String component) {
        environment();
        stack.stop(List.of(component));
    }

    public static void start(String component) {
        environment();
        stack.start(List.of(component));
    }

    /** The process id of a running component (of its supervisor, for the infrastructure servers), or -1. */
    public static long pid(String component) {
        environment();
        return stack.status().stream()
                .filter(row -> row.name().equals(component))
                .mapToLong(Stack.ComponentStatus::pid)
                .findFirst()
                .orElse(-1);
    }

    /** The process ids of every running component but those named (supervisors for the infrastructure servers). */
    public static List<Long> pidsExcept(Set<String> components) {
        environment();
        return stack.status().stream()
                .filter(row -> row.pid() > 0 && !components.contains(row.name()))
                .map(Stack.ComponentStatus::pid)
                .toList();
    }

    /**
     * The process id of the PostgreSQL server itself (its postmaster, parent of every connection's process), from the
     * {@code postmaster.pid} file of the stack's data folder; -1 when it is not running. The stack's status names the
     * supervisor, which PostgreSQL leaves when it daemonises.
     */
    public static long postgresServerPid() {
        environment();
        Path pidFile = stack.layout().stateOf("postgres").resolve("data").resolve("postmaster.pid");
        try {
            return Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (IOException | RuntimeException notRunning) {
            return -1;
        }
    }

    /**
     * The services this suite starts read their topics from where their consumer groups stopped; in `make test` the
     * other modules' integration tests published thousands of events there first (their own test data, some of it
     * deliberately invalid). The groups are moved to the end of those topics first, so the suite's services handle the
     * suite's events, not a backlog that would hold them up. Each service's groups are its one-line channel
     * declarations ({@code crm.messaging.consume.<channel>=<topic>@<group>}).
     */
    private static void skipEarlierTestTraffic() {
        Pattern declaration = Pattern.compile("^crm\\.messaging\\.consume\\.[\\w-]+=([\\w.-]+)@([\\w.-]+)\\s*$");
        try (Stream<Path> services = Files.list(Path.of("..", "services"))) {
            for (Path service : services.toList()) {
                Path properties = service.resolve("src/main/resources/application.properties");
                if (!Files.exists(properties)) {
                    continue;
                }
                for (String line : Files.readAllLines(properties)) {
                    Matcher m = declaration.matcher(line.trim());
                    if (m.matches()) {
                        KafkaTestClient.skipToEnd(m.group(2), m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the services' channel declarations", e);
        }
    }

    private static Set<String> running(Stack s) {
        return s.status().stream()
                .filter(row -> row.pid() > 0)
                .map(Stack.ComponentStatus::name)
                .collect(Collectors.toSet());
    }
}
