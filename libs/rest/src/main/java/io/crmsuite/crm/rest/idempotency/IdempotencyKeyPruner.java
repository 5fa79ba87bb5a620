package io.crmsuite.crm.rest.idempotency;

import io.crmsuite.crm.persistence.BackgroundWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Deletes expired Idempotency-Keys every {@code crm.rest.idempotency.prune-every} (default 1h). */
@ApplicationScoped
public class IdempotencyKeyPruner {
    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPruner.class);

    @Scheduled(
            identity = "crm-idempotency-key-pruner",
            every = "${crm.rest.idempotency.prune-every:1h}",
            delayed = "${crm.rest.idempotency.prune-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledPrune() {
        return prune().invoke(rows -> LOG.debugf("pruned %d expired idempotency keys", rows))
                .onFailure()
                .invoke(e -> LOG.warnf("pruning idempotency keys failed: %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Deletes the expired keys now (on a context of its own: callable from any thread); the number deleted. */
    public Uni<Integer> prune() {
        return BackgroundWork.run(() -> Panache.withTransaction(IdempotencyRecords::prune));
    }
}
