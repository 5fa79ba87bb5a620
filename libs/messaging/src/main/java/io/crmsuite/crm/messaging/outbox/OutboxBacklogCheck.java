package io.crmsuite.crm.messaging.outbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN while the oldest unsent event is older than {@code crm.outbox.readiness-max-age}, or while the relay
 * has been failing for longer than that, with its reason ({@code relayError}, e.g. "authentication failed (…)").
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements AsyncHealthCheck {
    private final OutboxStore store;
    private final OutboxConfig config;
    private final OutboxRelay relay;

    public OutboxBacklogCheck(OutboxStore store, OutboxConfig config, OutboxRelay relay) {
        this.store = store;
        this.config = config;
        this.relay = relay;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return store.backlog()
                .map(backlog -> {
                    long ageSeconds =
                            backlog.oldestAge().map(a -> a.toSeconds()).orElse(0L);
                    boolean backlogFresh = backlog.oldestAge()
                            .map(age -> age.compareTo(config.readinessMaxAge()) <= 0)
                            .orElse(true);
                    Optional<RelayFailure> failure = relay.failure();
                    Instant now = Instant.now();
                    boolean relayStuck = failure.map(f -> f.age(now).compareTo(config.readinessMaxAge()) > 0)
                            .orElse(false);
                    HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                            .status(backlogFresh && !relayStuck)
                            .withData("unsent", backlog.unsent())
                            .withData("oldestUnsentAgeSeconds", ageSeconds)
                            .withData("maxAgeSeconds", config.readinessMaxAge().toSeconds());
                    failure.ifPresent(f -> response.withData("relayError", f.reason())
                            .withData("relayFailingSeconds", f.age(now).toSeconds()));
                    return response.build();
                })
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named("outbox")
                        .down()
                        .withData("error", String.valueOf(e.getMessage()))
                        .build());
    }
}
