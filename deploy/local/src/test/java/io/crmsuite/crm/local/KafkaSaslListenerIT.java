package io.crmsuite.crm.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The broker's SASL_PLAINTEXT + SCRAM-SHA-512 listener, on a broker of its own (free ports, a throwaway state folder,
 * so that a running stack is left alone): the demo user logs in on fresh storage, on storage formatted the way
 * launchers before the SASL listener did (no SCRAM user, no marker), and after the user was lost from kept storage;
 * the launcher puts it in place at start.
 */
class KafkaSaslListenerIT {
    private Path state;
    private Stack stack;
    private Map<String, String> env;
    private int[] ports;

    @BeforeEach
    void secondStack() throws IOException {
        state = Files.createTempDirectory("crm-sasl-it-");
        StackLayout running = StackLayout.discover(Path.of(""));
        StackLayout layout = new StackLayout(running.root(), state, running.infra(), running.java());
        Properties values = new Properties();
        try (var reader = Files.newBufferedReader(running.root().resolve("deploy/local/stack.properties"))) {
            values.load(reader);
        }
        ports = freePorts(3);
        Map<String, String> overrides = Map.of(
                "CRM_KAFKA_PORT", Integer.toString(ports[0]),
                "CRM_KAFKA_CONTROLLER_PORT", Integer.toString(ports[1]),
                "CRM_KAFKA_SASL_PORT", Integer.toString(ports[2]));
        stack = new Stack(layout, new StackSettings(values, overrides));
        env = stack.environment();
    }

    @AfterEach
    void stopAndDelete() throws IOException {
        stack.stop(List.of("kafka"));
        try (Stream<Path> files = Files.walk(state)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void theDemoUserLogsInOnFreshStorageAndAWrongPasswordDoesNot() throws Exception {
        stack.start(List.of("kafka"));

        assertEquals(1, clusterSize(env.get("CRM_KAFKA_SASL_PASSWORD")));
        ExecutionException refused =
                assertThrows(ExecutionException.class, () -> clusterSize("not-" + env.get("CRM_KAFKA_SASL_PASSWORD")));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
        assertTrue(lastScramStep().endsWith("in place already"), "the format command added the user");
    }

    @Test
    void keptStorageWithoutTheUserGetsItAtStartAgainAndAgain() throws Exception {
        formatWithoutScramUser();

        stack.start(List.of("kafka"));

        assertEquals(1, clusterSize(env.get("CRM_KAFKA_SASL_PASSWORD")));
        assertTrue(lastScramStep().endsWith("added"), "the launcher added the user through the plain listener");

        // lost from kept storage (Kafka 4.4 was seen doing that to a format-time user): back after the next start
        try (Admin admin = Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env.get("CRM_KAFKA_BOOTSTRAP_SERVERS")))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialDeletion(
                            env.get("CRM_KAFKA_SASL_USER"), ScramMechanism.SCRAM_SHA_512)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
        assertThrows(ExecutionException.class, () -> clusterSize(env.get("CRM_KAFKA_SASL_PASSWORD")));
        stack.stop(List.of("kafka"));
        stack.start(List.of("kafka"));

        assertEquals(1, clusterSize(env.get("CRM_KAFKA_SASL_PASSWORD")));
        assertTrue(lastScramStep().endsWith("added"));
    }

    private String lastScramStep() throws IOException {
        return Files.readAllLines(state.resolve("kafka/scram.log")).getLast();
    }

    /** Number of brokers seen by an Admin client that logs in with SCRAM on the SASL listener. */
    private int clusterSize(String password) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                env.get("CRM_KAFKA_SASL_BOOTSTRAP_SERVERS"),
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG,
                "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM,
                env.get("CRM_KAFKA_SASL_MECHANISM"),
                SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + env.get("CRM_KAFKA_SASL_USER") + "\" password=\"" + password + "\";",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                20_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                10_000);
        try (Admin admin = Admin.create(config)) {
            return admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
        }
    }

    /** Formats the storage as the launcher did before the SASL listener existed: no SCRAM user, no marker. */
    private void formatWithoutScramUser() throws IOException, InterruptedException {
        Path kafka = Files.createDirectories(state.resolve("kafka"));
        Path config = kafka.resolve("old-server.properties");
        Files.writeString(
                config,
                String.join(
                        System.lineSeparator(),
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + ports[1],
                        "controller.listener.names=CONTROLLER",
                        "listeners=PLAINTEXT://127.0.0.1:" + ports[0] + ",CONTROLLER://127.0.0.1:" + ports[1],
                        "log.dirs=" + kafka.resolve("data"),
                        ""));
        Process format = new ProcessBuilder(
                        stack.layout().java().toString(),
                        "-cp",
                        stack.layout().infra().resolve("lib") + "/*",
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        "MkU3OEVBNTcwNTJENDM2Qk",
                        "-c",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(kafka.resolve("old-format.log").toFile())
                .start();
        assertTrue(format.waitFor(60, TimeUnit.SECONDS), "format finished");
        assertEquals(0, format.exitValue(), Files.readString(kafka.resolve("old-format.log")));
        assertTrue(Files.isRegularFile(kafka.resolve("data/meta.properties")));
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
