package io.crmsuite.crm.messaging.outbox;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes sent events once they are older than {@code crm.outbox.retention}. */
@ApplicationScoped
public class OutboxPruner {
    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    private final OutboxStore store;
    private final OutboxConfig config;

    public OutboxPruner(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Scheduled(
            every = "${crm.outbox.prune-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledPrune() {
        return prune().invoke(count -> {
                    if (count > 0) {
                        LOG.infof("pruned %d sent outbox events", count);
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Integer> prune() {
        return store.pruneSentOlderThan(config.retention());
    }
}
