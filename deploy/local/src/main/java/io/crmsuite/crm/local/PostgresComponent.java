package io.crmsuite.crm.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL 18 from the embedded binaries, one database per service, data kept under .local/postgres. */
final class PostgresComponent extends Component {
    PostgresComponent(StackLayout layout, StackSettings settings) {
        super("postgres", layout, settings);
    }

    private Path readyMarker() {
        return workDir().resolve("ready");
    }

    @Override
    String url() {
        return "postgresql://" + host() + ":" + settings.getInt("postgres.port") + " (user "
                + settings.get("postgres.user") + ")";
    }

    @Override
    List<String> prepareCommand() throws IOException {
        layout.requireInfraArtifacts();
        Files.deleteIfExists(readyMarker());
        // run the supervisor from a copy: a rebuild of the launcher must not replace a jar a running JVM reads
        Path supervisorJar = workDir().resolve("supervisor.jar");
        Files.createDirectories(workDir());
        Files.copy(
                layout.root().resolve("deploy/local/target/crm-local-stack.jar"),
                supervisorJar,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(javaCommand("256m", List.of()));
        command.addAll(List.of(
                "-cp",
                layout.infra().resolve("lib") + "/*:"
                        + layout.root().resolve("deploy/local/target/crm-local-stack.jar"),
                PostgresSupervisor.class.getName(),
                workDir().resolve("data").toString(),
                host(),
                settings.get("postgres.port"),
                settings.get("postgres.user"),
                settings.get("postgres.password"),
                settings.get("postgres.databases"),
                readyMarker().toString(),
                workDir().resolve("binaries").toString()));
        return command;
    }

    @Override
    boolean ready() {
        return Files.isRegularFile(readyMarker()) && Probes.tcpOpen(host(), settings.getInt("postgres.port"));
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(settings.getInt("postgres.timeout.seconds"));
    }
}
