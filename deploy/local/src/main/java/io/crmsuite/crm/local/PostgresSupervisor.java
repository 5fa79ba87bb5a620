package io.crmsuite.crm.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs in its own JVM: starts the embedded PostgreSQL binaries on a kept data folder, creates the application role and
 * one database per service (idempotently), writes a ready marker, and stops PostgreSQL cleanly on SIGTERM.
 */
public final class PostgresSupervisor {
    private PostgresSupervisor() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        String user = args[3];
        String password = args[4];
        List<String> databases = List.of(args[5].split(","));
        Path readyMarker = Path.of(args[6]);
        Path binaries = Path.of(args[7]);

        Files.deleteIfExists(readyMarker);
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres;
        try {
            postgres = start(dataDir, host, port, binaries);
        } catch (Exception | ExceptionInInitializerError e) {
            // a start killed while unpacking leaves a half-extracted binaries folder: drop it and try once more
            System.out.println("first start failed (" + e + "), unpacking the binaries again");
            KeycloakComponent.deleteTree(binaries);
            postgres = start(dataDir, host, port, binaries);
        }
        EmbeddedPostgres server = postgres;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(readyMarker);
                server.close();
                System.out.println("postgres stopped");
            } catch (Exception e) {
                System.out.println("postgres stop failed: " + e);
            } finally {
                stopped.countDown();
            }
        }));
        createRoleAndDatabases(host, port, user, password, databases);
        Files.writeString(readyMarker, Long.toString(ProcessHandle.current().pid()));
        System.out.println("postgres ready on " + host + ":" + port + " databases " + databases);
        stopped.await();
    }

    private static EmbeddedPostgres start(Path dataDir, String host, int port, Path binaries) throws Exception {
        Files.createDirectories(binaries);
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("listen_addresses", host)
                .setServerConfig("max_connections", "400")
                .setServerConfig("shared_buffers", "256MB")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private static void createRoleAndDatabases(
            String host, int port, String user, String password, List<String> databases) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        try (Connection connection =
                DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", props)) {
            requireIdentifier(user);
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", user)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(
                            "create role " + user + " login createdb password '" + password.replace("'", "''") + "'");
                }
            }
            for (String database : databases) {
                requireIdentifier(database);
                if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("create database " + database + " owner " + user);
                    }
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String value) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
    }
}
