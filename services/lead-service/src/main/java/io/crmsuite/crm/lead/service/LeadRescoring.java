package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.persistence.BackgroundWork;
import io.crmsuite.crm.persistence.JobLeases;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Keeps scores current without a request: re-scores every open lead scored with an older model version (after a
 * publish: started at once on the publishing replica, else by the next scheduled round), and every lead whose oldest
 * counted interaction left the 7-day window. Set-based: pages of {@code bulk-page-size} leads, each page one
 * transaction (page query with the interaction aggregates, scoring in Java, batched writes, see
 * {@link BulkScoring}), in the service's one transaction mechanism. Pages lock their rows ({@code for update skip locked}), so replicas never take the same lead
 * and a lead being changed by a request is left to the next round.
 */
@ApplicationScoped
public class LeadRescoring {
    private static final Logger LOG = Logger.getLogger(LeadRescoring.class);
    private static final UUID FIRST = new UUID(0, 0);

    /** One page query: the outdated or the expired leads after an id, in id order. */
    private interface PageQuery {
        Uni<List<LeadRepository.Scored>> next(UUID after, Instant since, Instant now);
    }

    private final LeadRepository leads;
    private final ConfigService config;
    private final BulkScoring bulk;
    private final int pageSize;
    private static final String LEASE = "lead-rescoring";
    private final JobLeases leases;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean again;

    public LeadRescoring(
            LeadRepository leads, ConfigService config, BulkScoring bulk, LeadConfig settings, JobLeases leases) {
        this.leads = leads;
        this.leases = leases;
        this.config = config;
        this.bulk = bulk;
        this.pageSize = settings.bulkPageSize();
    }

    @Scheduled(
            identity = "lead-rescoring",
            every = "${crm.lead.rescore-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> round() {
        if (!running.compareAndSet(false, true)) {
            again = true; // the running round goes once more
            return Uni.createFrom().voidItem();
        }
        // one replica at a time: two would re-score the same leads and announce their scores twice
        return leases.runExclusively(LEASE, Duration.ofMinutes(10), this::rounds)
                .replaceWithVoid()
                .eventually(() -> running.set(false));
    }

    /** Starts a round now (after a publish on this replica), on a context of its own; returns at once. */
    public void soon() {
        BackgroundWork.start(this::round);
    }

    private Uni<Void> rounds() {
        again = false;
        return rescoreOutdated()
                .chain(this::rescoreExpiredEngagement)
                .onFailure()
                .invoke(e -> LOG.warnf("re-scoring round failed (retried next round): %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .chain(() -> again ? rounds() : Uni.createFrom().voidItem());
    }

    /** Re-scores all open leads of an older model version; the number re-scored. */
    public Uni<Integer> rescoreOutdated() {
        return inForce()
                .chain(cfg -> pages(
                        (after, since, now) -> leads.outdated(cfg.getItem1().version(), after, since, now, pageSize),
                        cfg.getItem1(),
                        cfg.getItem2(),
                        FIRST,
                        0));
    }

    private Uni<Integer> rescoreExpiredEngagement(Integer ignored) {
        return inForce()
                .chain(cfg -> pages(
                        (after, since, now) -> leads.engagementExpired(after, since, now, pageSize),
                        cfg.getItem1(),
                        cfg.getItem2(),
                        FIRST,
                        0));
    }

    private Uni<Tuple2<ScoringModel, AssignmentPlan>> inForce() {
        return Panache.withSession(() ->
                config.scoringModel().chain(model -> config.assignmentPlan().map(plan -> Tuple2.of(model, plan))));
    }

    /** Page after page, one transaction each, until a page comes back short. */
    private Uni<Integer> pages(PageQuery query, ScoringModel model, AssignmentPlan plan, UUID after, int done) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant since = now.minus(Duration.ofDays(model.engagementWindowDays()));
        return Panache.withTransaction(
                        () -> query.next(after, since, now).call(page -> bulk.rescore(page, model, plan, now)))
                .chain(page -> page.size() < pageSize
                        ? Uni.createFrom().item(done + page.size())
                        : pages(query, model, plan, page.getLast().lead().id, done + page.size()));
    }
}
