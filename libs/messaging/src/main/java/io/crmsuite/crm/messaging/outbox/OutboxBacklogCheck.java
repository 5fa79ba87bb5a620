package io.crmsuite.crm.messaging.outbox;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: DOWN while the oldest unsent event is older than {@code crm.outbox.readiness-max-age}. */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements AsyncHealthCheck {
    private final OutboxStore store;
    private final OutboxConfig config;

    public OutboxBacklogCheck(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return store.backlog()
                .map(backlog -> {
                    long ageSeconds =
                            backlog.oldestAge().map(a -> a.toSeconds()).orElse(0L);
                    boolean healthy = backlog.oldestAge()
                            .map(age -> age.compareTo(config.readinessMaxAge()) <= 0)
                            .orElse(true);
                    return HealthCheckResponse.named("outbox")
                            .status(healthy)
                            .withData("unsent", backlog.unsent())
                            .withData("oldestUnsentAgeSeconds", ageSeconds)
                            .withData("maxAgeSeconds", config.readinessMaxAge().toSeconds())
                            .build();
                })
                .onFailure()
                .recoverWithItem(e -> HealthCheckResponse.named("outbox")
                        .down()
                        .withData("error", String.valueOf(e.getMessage()))
                        .build());
    }
}
