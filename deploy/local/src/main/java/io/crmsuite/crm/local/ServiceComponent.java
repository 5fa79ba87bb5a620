package io.crmsuite.crm.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A built Quarkus service of services/, run from its fast-jar with the stack's addresses in its environment. */
final class ServiceComponent extends Component {
    private final int port;
    private final Map<String, String> stackEnv;

    ServiceComponent(String name, int port, StackLayout layout, StackSettings settings, Map<String, String> env) {
        super(name, layout, settings);
        this.port = port;
        this.stackEnv = env;
    }

    private Path runner() {
        return layout.root().resolve("services").resolve(name()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    boolean present() {
        return Files.isDirectory(layout.root().resolve("services").resolve(name()));
    }

    @Override
    Optional<String> unavailableReason() {
        return Files.isRegularFile(runner())
                ? Optional.empty()
                : Optional.of("not built (" + runner() + " missing): run `make build`");
    }

    @Override
    String url() {
        return "http://" + host() + ":" + port;
    }

    @Override
    List<String> prepareCommand() {
        List<String> command = new ArrayList<>();
        command.add(layout.java().toString());
        command.add("-Xmx" + settings.get("service.heap"));
        command.addAll(settings.getOptions("service.jvm.options"));
        command.add("-Dquarkus.http.host=" + host());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(runner().toString());
        return command;
    }

    @Override
    Map<String, String> environment() {
        return stackEnv;
    }

    @Override
    boolean ready() {
        return Probes.httpOk(url() + "/q/health/ready");
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(settings.getInt("service.timeout.seconds"));
    }
}
