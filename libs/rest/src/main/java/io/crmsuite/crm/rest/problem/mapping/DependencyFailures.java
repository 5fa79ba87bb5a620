package io.crmsuite.crm.rest.problem.mapping;

import io.crmsuite.crm.rest.problem.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Failures that mean "a dependency is down, retry later" rather than "a bug": a refused or timed-out connection, a
 * connection the database closed, PostgreSQL's connection-class SQL states (08xxx, shutdown, too many connections). The
 * dependency is named by class — {@code database}, {@code broker}, {@code identity-provider}, or {@code service} for
 * an address the service does not know as one of them — from the address in the failure compared with the service's
 * configured endpoints ({@code quarkus.datasource.reactive.url}, {@code kafka.bootstrap.servers},
 * {@code quarkus.oidc.auth-server-url}, {@code crm.directory.url}). The answer is 503
 * {@code urn:crm:problem:dependency-unavailable} with the member {@code dependency}; {@link ProblemResponses} adds
 * {@code Retry-After}.
 */
public final class DependencyFailures {
    public static final String DATABASE = "database";
    public static final String BROKER = "broker";
    public static final String IDENTITY_PROVIDER = "identity-provider";
    public static final String SERVICE = "service";
    private static final int MAX_FAILURES = 64;
    private static final Set<String> DATABASE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final Set<String> CONNECT_FAILURES = Set.of(
            "java.net.ConnectException",
            "java.net.NoRouteToHostException",
            "java.net.UnknownHostException",
            "io.netty.channel.AbstractChannel$AnnotatedConnectException",
            "io.netty.channel.ConnectTimeoutException");

    private DependencyFailures() {}

    /** The 503 problem for a failure that says a dependency is unavailable; null for any other failure. */
    public static Problem problem(Throwable failure) {
        String dependency = unavailable(failure, Endpoints.CONFIGURED);
        if (dependency == null) {
            return null;
        }
        return Problem.of(
                        503,
                        "dependency-unavailable",
                        "Dependency unavailable",
                        "A dependency of the service (" + dependency + ") is unavailable: retry later.")
                .withExtension("dependency", dependency);
    }

    /** The class of the unavailable dependency, or null when the failure is not a dependency's unavailability. */
    static String unavailable(Throwable failure, Map<String, String> endpoints) {
        if (failure == null) {
            return null;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty() && seen.size() < MAX_FAILURES) {
            Throwable current = pending.removeFirst();
            if (current == null || !seen.add(current)) {
                continue;
            }
            String found = classify(current, endpoints);
            if (found != null) {
                return found;
            }
            pending.addAll(Failures.unwrap(current));
            pending.add(current.getCause());
            pending.addAll(List.of(current.getSuppressed()));
        }
        return null;
    }

    private static String classify(Throwable failure, Map<String, String> endpoints) {
        String type = failure.getClass().getName();
        if (CONNECT_FAILURES.contains(type) || failure instanceof java.net.ConnectException) {
            return byAddress(String.valueOf(failure.getMessage()), endpoints);
        }
        if (type.equals("io.vertx.sqlclient.ClosedConnectionException")) {
            return DATABASE;
        }
        if (type.equals("io.vertx.pgclient.PgException")) {
            String state = sqlState(failure);
            return state != null && (state.startsWith("08") || DATABASE_STATES.contains(state)) ? DATABASE : null;
        }
        if (type.startsWith("org.apache.kafka.common.errors.")
                && (type.endsWith("TimeoutException") || type.endsWith("NetworkException"))) {
            return BROKER;
        }
        return null;
    }

    /** The dependency whose host and port the failure's message names ({@code Connection refused: /127.0.0.1:15432}). */
    static String byAddress(String message, Map<String, String> endpoints) {
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            int colon = endpoint.getKey().lastIndexOf(':');
            String host = endpoint.getKey().substring(0, colon);
            String port = endpoint.getKey().substring(colon);
            if (message.endsWith(port) && message.contains(host)) {
                return endpoint.getValue();
            }
        }
        return SERVICE;
    }

    private static String sqlState(Throwable failure) {
        try {
            Object state = failure.getClass().getMethod("getSqlState").invoke(failure);
            return state == null ? null : state.toString();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** host:port → dependency class, from the service's configuration (read once). */
    static final class Endpoints {
        static final Map<String, String> CONFIGURED = read();

        private Endpoints() {}

        private static Map<String, String> read() {
            Map<String, String> endpoints = new LinkedHashMap<>();
            add(endpoints, "quarkus.datasource.reactive.url", DATABASE);
            add(endpoints, "quarkus.oidc.auth-server-url", IDENTITY_PROVIDER);
            add(endpoints, "crm.directory.url", IDENTITY_PROVIDER);
            Optional<String> kafka = value("kafka.bootstrap.servers");
            kafka.ifPresent(servers -> {
                for (String server : servers.split(",")) {
                    if (server.contains(":")) {
                        endpoints.putIfAbsent(server.strip(), BROKER);
                    }
                }
            });
            return Map.copyOf(endpoints);
        }

        private static void add(Map<String, String> endpoints, String key, String dependency) {
            value(key).map(Endpoints::hostAndPort).ifPresent(address -> endpoints.putIfAbsent(address, dependency));
        }

        static String hostAndPort(String url) {
            try {
                URI uri =
                        URI.create(url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url);
                if (uri.getHost() == null) {
                    return null;
                }
                int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
                return uri.getHost() + ":" + port;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static Optional<String> value(String key) {
            try {
                return ConfigProvider.getConfig().getOptionalValue(key, String.class);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
