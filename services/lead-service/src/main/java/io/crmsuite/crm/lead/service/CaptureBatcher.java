package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.messaging.outbox.OutboxRelay;
import io.crmsuite.crm.persistence.BackgroundWork;
import io.crmsuite.crm.persistence.Sql;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Group commit of captures: a capture that arrives while a batch is being written waits for the next batch, and a
 * batch is one transaction of a few set-based statements ({@link CaptureRule}) for all its captures. Alone, a capture
 * is a batch of one and waits for nobody; under load the batches grow by themselves (up to
 * {@code crm.lead.capture-batch-max}), so the database work per capture shrinks as the rate rises. One batch is
 * written at a time per replica, so captures of the same person in flight together dedupe against each other.
 *
 * <p>A batch that lost a deadlock (a concurrent import chunk or re-score page) is written again; one that failed
 * otherwise is written capture by capture, so a capture the database refuses fails alone. Each caller is answered on
 * its own Vert.x context after the commit, and the outbox relay is woken so the events leave at once.
 */
@ApplicationScoped
public class CaptureBatcher {
    private final CaptureRule rule;
    private final OutboxRelay relay;
    private final int maxBatch;
    private final DistributionSummary batchSizes;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    public CaptureBatcher(CaptureRule rule, OutboxRelay relay, LeadConfig config, MeterRegistry meters) {
        this.rule = rule;
        this.relay = relay;
        this.maxBatch = config.captureBatchMax();
        this.batchSizes = DistributionSummary.builder("crm.leads.capture.batch")
                .description("captures group-committed per transaction")
                .register(meters);
    }

    private record Pending(
            CaptureRule.Capture capture,
            ScoringModel model,
            AssignmentPlan plan,
            Context context,
            UniEmitter<? super CaptureResult> caller) {
        void answer(CaptureResult result, Throwable failure) {
            Runnable reply = () -> {
                if (failure != null) {
                    caller.fail(failure);
                } else {
                    caller.complete(result);
                }
            };
            if (context == null) {
                reply.run();
            } else {
                context.runOnContext(ignored -> reply.run());
            }
        }
    }

    /** Writes the capture with the next batch; the result once that batch committed. */
    public Uni<CaptureResult> submit(CaptureRule.Capture capture, ScoringModel model, AssignmentPlan plan) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().emitter(caller -> {
            queue.add(new Pending(capture, model, plan, context, caller));
            drain();
        });
    }

    private void drain() {
        while (!queue.isEmpty() && writing.compareAndSet(false, true)) {
            List<Pending> batch = take();
            if (batch.isEmpty()) {
                writing.set(false);
                continue;
            }
            write(batch).subscribe().with(ignored -> finished(), failure -> finished());
            return;
        }
    }

    private void finished() {
        writing.set(false);
        drain();
    }

    /** The next batch: queued captures in arrival order, as long as they were made under the same configuration. */
    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        Pending first = queue.peek();
        while (batch.size() < maxBatch) {
            Pending next = queue.peek();
            if (next == null || next.model() != first.model() || next.plan() != first.plan()) {
                break;
            }
            batch.add(queue.poll()); // only the writer polls: the peeked element is the one polled
        }
        return batch;
    }

    private Uni<Void> write(List<Pending> batch) {
        batchSizes.record(batch.size());
        List<CaptureRule.Capture> captures =
                batch.stream().map(Pending::capture).toList();
        Pending first = batch.getFirst();
        return BackgroundWork.run(() -> Panache.withTransaction(() -> rule.apply(
                        captures, first.model(), first.plan(), Instant.now().truncatedTo(ChronoUnit.MICROS))))
                .onFailure(Sql::lostToConcurrency)
                .retry()
                .atMost(3)
                .invoke(results -> {
                    relay.wakeUp();
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).answer(results.get(i), null);
                    }
                })
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(failure -> batch.size() == 1 ? fail(first, failure) : oneByOne(batch));
    }

    private static Uni<Void> fail(Pending pending, Throwable failure) {
        pending.answer(null, failure);
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> oneByOne(List<Pending> batch) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Pending pending : batch) {
            chain = chain.chain(() -> write(List.of(pending)));
        }
        return chain;
    }
}
