package io.crmsuite.crm.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker (broker and controller in one JVM), log dirs under .local/kafka. Two client
 * listeners: PLAINTEXT on {@code kafka.port} for everything, and SASL_PLAINTEXT with SCRAM-SHA-512 on
 * {@code kafka.sasl.port} for trying SASL client settings, with a local demo SCRAM user ({@link ScramUser}).
 */
final class KafkaComponent extends Component {
    static final String SASL_MECHANISM = "SCRAM-SHA-512";

    private final ScramUser scramUser;

    KafkaComponent(StackLayout layout, StackSettings settings) {
        super("kafka", layout, settings);
        this.scramUser =
                new ScramUser(settings.get("kafka.sasl.user"), settings.get("kafka.sasl.password"), workDir(), layout);
    }

    @Override
    String url() {
        return host() + ":" + settings.getInt("kafka.port") + " (SASL/SCRAM: " + saslBootstrapServers() + ")";
    }

    String bootstrapServers() {
        return host() + ":" + settings.getInt("kafka.port");
    }

    String saslBootstrapServers() {
        return host() + ":" + settings.getInt("kafka.sasl.port");
    }

    @Override
    List<String> prepareCommand() throws IOException {
        layout.requireInfraArtifacts();
        Path config = writeServerProperties();
        Path log4j = writeLog4j();
        if (!Files.isRegularFile(workDir().resolve("data/meta.properties"))) {
            format(config, log4j);
        }
        List<String> command = kafkaJava(log4j);
        command.add("kafka.Kafka");
        command.add(config.toString());
        return command;
    }

    private List<String> kafkaJava(Path log4j) {
        List<String> command = new ArrayList<>();
        command.add(layout.java().toString());
        command.addAll(List.of(
                "-Xms" + settings.get("kafka.heap"),
                "-Xmx" + settings.get("kafka.heap"),
                "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4j,
                "-Dkafka.logs.dir=" + workDir().resolve("logs"),
                "-cp",
                layout.infra().resolve("lib") + "/*"));
        return command;
    }

    /** Formats the storage with the demo SCRAM user in its bootstrap metadata. */
    private void format(Path config, Path log4j) throws IOException {
        List<String> command = kafkaJava(log4j);
        command.addAll(List.of(
                "kafka.tools.StorageTool",
                "format",
                "--ignore-formatted",
                "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c",
                config.toString(),
                "--add-scram",
                scramUser.storageToolArgument(SASL_MECHANISM)));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        workDir().resolve("format.log").toFile()))
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(
                        "kafka storage format failed, see " + workDir().resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting kafka storage", e);
        }
        scramUser.recordPresent();
    }

    /**
     * Once the broker runs: the SASL listener must be there (a broker still running from a launcher before it has
     * none: that is named, with the fix), and the demo SCRAM user is checked and put in place when missing, after
     * every start of the broker ({@link ScramUser}).
     */
    @Override
    void afterReady(boolean started) throws IOException {
        if (!Probes.tcpOpen(host(), settings.getInt("kafka.sasl.port"))) {
            throw new IOException("the running broker has no SASL listener on " + saslBootstrapServers()
                    + " (started by an older launcher?): restart it with `make stop-kafka start-kafka`");
        }
        if (started || !scramUser.recorded()) {
            String outcome = scramUser.ensure(
                    SASL_MECHANISM, bootstrapServers(), workDir().resolve("log4j2.properties"));
            if (outcome.endsWith("added")) {
                System.out.printf("  kafka: put the local SCRAM user %s in place%n", scramUser.name());
            }
        }
    }

    private Path writeServerProperties() throws IOException {
        String host = host();
        int port = settings.getInt("kafka.port");
        int controller = settings.getInt("kafka.controller.port");
        int sasl = settings.getInt("kafka.sasl.port");
        String text = String.join(
                System.lineSeparator(),
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + controller,
                "listeners=PLAINTEXT://" + host + ":" + port + ",SASL_PLAINTEXT://" + host + ":" + sasl
                        + ",CONTROLLER://" + host + ":" + controller,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port + ",SASL_PLAINTEXT://" + host + ":" + sasl,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                // SCRAM credentials live in the KRaft metadata; the listener's login module needs no secret of its own
                "listener.name.sasl_plaintext.sasl.enabled.mechanisms=" + SASL_MECHANISM,
                "listener.name.sasl_plaintext." + SASL_MECHANISM.toLowerCase() + ".sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "log.dirs=" + workDir().resolve("data"),
                "num.partitions=" + settings.get("kafka.partitions"),
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=10",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "");
        Path file = workDir().resolve("server.properties");
        Files.writeString(file, text);
        return file;
    }

    private Path writeLog4j() throws IOException {
        String text = String.join(
                System.lineSeparator(),
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.console.ref = STDOUT",
                "logger.kafka.name = kafka",
                "logger.kafka.level = INFO",
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "logger.clients.name = org.apache.kafka",
                "logger.clients.level = WARN",
                "");
        Path file = workDir().resolve("log4j2.properties");
        Files.writeString(file, text);
        return file;
    }

    @Override
    boolean ready() {
        return Probes.tcpOpen(host(), settings.getInt("kafka.port"))
                && Probes.logContains(logFile(), "Kafka Server started");
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(settings.getInt("kafka.timeout.seconds"));
    }
}
