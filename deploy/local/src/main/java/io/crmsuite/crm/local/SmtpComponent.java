package io.crmsuite.crm.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** GreenMail: an SMTP server that keeps every delivered mail, readable through its REST API. */
final class SmtpComponent extends Component {
    SmtpComponent(StackLayout layout, StackSettings settings) {
        super("smtp", layout, settings);
    }

    String apiUrl() {
        return "http://" + host() + ":" + settings.getInt("smtp.api.port");
    }

    @Override
    String url() {
        return "smtp://" + host() + ":" + settings.getInt("smtp.port") + " (mail API " + apiUrl() + "/api/user)";
    }

    @Override
    List<String> prepareCommand() {
        layout.requireInfraArtifacts();
        List<String> command = new ArrayList<>(javaCommand("128m", List.of("-XX:TieredStopAtLevel=1")));
        command.addAll(List.of(
                "-Dgreenmail.smtp.hostname=" + host(),
                "-Dgreenmail.smtp.port=" + settings.get("smtp.port"),
                "-Dgreenmail.hostname=" + host(),
                "-Dgreenmail.api.hostname=" + host(),
                "-Dgreenmail.api.port=" + settings.get("smtp.api.port"),
                "-Dgreenmail.auth.disabled",
                "-jar",
                layout.infra().resolve("greenmail-standalone.jar").toString()));
        return command;
    }

    @Override
    boolean ready() {
        return Probes.tcpOpen(host(), settings.getInt("smtp.port"))
                && Probes.httpOk(apiUrl() + "/api/service/readiness");
    }

    @Override
    Duration startTimeout() {
        return Duration.ofSeconds(settings.getInt("smtp.timeout.seconds"));
    }
}
