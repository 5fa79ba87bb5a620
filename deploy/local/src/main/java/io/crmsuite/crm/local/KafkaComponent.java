package io.crmsuite.crm.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A single-node KRaft Kafka broker (broker and controller in one JVM), log dirs under .local/kafka. */
final class KafkaComponent extends Component {
    KafkaComponent(StackLayout layout, StackSettings settings) {
        super("kafka", layout, settings);
    }

    @Override
    String url() {
        return host() + ":" + settings.getInt("kafka.port");
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

    private void format(Path config, Path log4j) throws IOException {
        List<String> command = kafkaJava(log4j);
        command.addAll(List.of(
                "kafka.tools.StorageTool",
                "format",
                "--ignore-formatted",
                "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c",
                config.toString()));
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
    }

    private Path writeServerProperties() throws IOException {
        String host = host();
        int port = settings.getInt("kafka.port");
        int controller = settings.getInt("kafka.controller.port");
        String text = String.join(
                System.lineSeparator(),
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + host + ":" + controller,
                "listeners=PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controller,
                "advertised.listeners=PLAINTEXT://" + host + ":" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
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
