package io.crmsuite.crm.testkit;

import io.crmsuite.crm.local.Stack;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the test servers are. {@code make test} starts the local stack once and exports its CRM_* variables; a test run
 * without them (from an IDE, or {@code ./mvnw test} alone) makes sure PostgreSQL and Kafka of the local stack run,
 * starting them if needed, and leaves them running for the next run ({@code make infra-down} stops them).
 *
 * <p>Where a Docker engine exists, Testcontainers could provide the same servers; this environment has none, so that
 * path is not implemented here (see README, "What this environment cannot verify").
 */
public final class TestInfrastructure {
    private static volatile Map<String, String> environment;

    private TestInfrastructure() {}

    /**
     * The CRM_* variables, with PostgreSQL and Kafka guaranteed to be up. Exported variables win; the stack's own
     * values fill what an older export lacks (e.g. the SASL listener's address).
     */
    public static synchronized Map<String, String> environment() {
        if (environment == null) {
            if (System.getenv("CRM_POSTGRES_PORT") != null && System.getenv("CRM_KAFKA_BOOTSTRAP_SERVERS") != null) {
                Map<String, String> merged = new HashMap<>(Stack.discover().environment());
                merged.putAll(System.getenv());
                environment = Map.copyOf(merged);
            } else {
                Stack stack = Stack.discover();
                stack.start(List.of("postgres", "kafka"));
                environment = stack.environment();
            }
        }
        return environment;
    }

    /** Also makes sure Keycloak runs (slower to start; only tests that need real tokens ask for it). */
    public static synchronized Map<String, String> environmentWithKeycloak() {
        Map<String, String> env = environment();
        if (System.getenv("CRM_KEYCLOAK_URL") == null) {
            Stack.discover().start(List.of("keycloak"));
        }
        return env;
    }

    public static String get(String name) {
        String value = environment().get(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set by the test infrastructure");
        }
        return value;
    }

    public static String kafkaBootstrapServers() {
        return get("CRM_KAFKA_BOOTSTRAP_SERVERS");
    }

    /**
     * Kafka client settings for the broker's SASL_PLAINTEXT + SCRAM listener as {@code user}: bootstrap servers,
     * security protocol, mechanism and JAAS configuration (client property names, without a {@code kafka.} prefix).
     */
    public static Map<String, String> kafkaSaslClientConfig(String user, String password) {
        return Map.of(
                "bootstrap.servers",
                get("CRM_KAFKA_SASL_BOOTSTRAP_SERVERS"),
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                get("CRM_KAFKA_SASL_MECHANISM"),
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password + "\";");
    }

    /** {@link #kafkaSaslClientConfig} as the stack's local demo SCRAM user. */
    public static Map<String, String> kafkaSaslClientConfig() {
        return kafkaSaslClientConfig(get("CRM_KAFKA_SASL_USER"), get("CRM_KAFKA_SASL_PASSWORD"));
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + get("CRM_POSTGRES_HOST") + ":" + get("CRM_POSTGRES_PORT") + "/" + database;
    }

    /** Creates the database if it does not exist yet (the stack's role may create databases). */
    public static synchronized void ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (java.sql.Connection connection = connect("postgres");
                java.sql.PreparedStatement exists =
                        connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (java.sql.ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (java.sql.Statement create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created concurrently: fine
                throw new IllegalStateException("cannot create test database " + database + ": " + e.getMessage(), e);
            }
        }
    }

    /** A plain JDBC connection to a database of the test PostgreSQL, for assertions and benchmark data. */
    public static java.sql.Connection connect(String database) throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(
                jdbcUrl(database), get("CRM_POSTGRES_USER"), get("CRM_POSTGRES_PASSWORD"));
    }

    public static String reactiveUrl(String database) {
        return "postgresql://" + get("CRM_POSTGRES_HOST") + ":" + get("CRM_POSTGRES_PORT") + "/" + database;
    }
}
