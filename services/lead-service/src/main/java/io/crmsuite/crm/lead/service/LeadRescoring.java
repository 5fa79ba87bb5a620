package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.Lead;
import io.crmsuite.crm.lead.LeadInteraction;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.repository.InteractionRepository;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Keeps scores current without a request: re-scores every open lead scored with an older model version (after a
 * publish), and every lead whose oldest counted interaction left the 7-day window. Batches of {@code batch-size},
 * one transaction each; optimistic locking makes concurrent replicas safe (a lost batch is retried next round).
 */
@ApplicationScoped
public class LeadRescoring {
    private static final Logger LOG = Logger.getLogger(LeadRescoring.class);

    private final LeadRepository leads;
    private final InteractionRepository interactions;
    private final ConfigService config;
    private final LeadScoring scoring;
    private final LeadAssignment assignment;
    private final int batchSize;

    public LeadRescoring(
            LeadRepository leads,
            InteractionRepository interactions,
            ConfigService config,
            LeadScoring scoring,
            LeadAssignment assignment,
            LeadConfig settings) {
        this.leads = leads;
        this.interactions = interactions;
        this.config = config;
        this.scoring = scoring;
        this.assignment = assignment;
        this.batchSize = settings.batchSize();
    }

    @Scheduled(
            identity = "lead-rescoring",
            every = "${crm.lead.rescore-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> round() {
        return rescoreOutdated()
                .chain(this::rescoreExpiredEngagement)
                .onFailure()
                .invoke(e -> LOG.warnf("re-scoring round failed (retried next round): %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Re-scores all open leads of an older model version; the number re-scored. */
    public Uni<Integer> rescoreOutdated() {
        return Panache.withSession(() -> config.scoringModel()).chain(model -> outdatedBatches(model, 0));
    }

    private Uni<Integer> outdatedBatches(ScoringModel model, int done) {
        return Panache.withTransaction(() -> leads.outdated(model.version(), batchSize)
                        .call(batch -> rescore(batch, model, Instant.now()))
                        .map(List::size))
                .chain(size ->
                        size < batchSize ? Uni.createFrom().item(done + size) : outdatedBatches(model, done + size));
    }

    private Uni<Integer> rescoreExpiredEngagement(Integer ignored) {
        return Panache.withTransaction(
                () -> config.scoringModel().chain(model -> leads.engagementExpired(Instant.now(), batchSize)
                        .call(batch -> rescore(batch, model, Instant.now()))
                        .map(List::size)));
    }

    private Uni<Void> rescore(List<Lead> batch, ScoringModel model, Instant now) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> ids = batch.stream().map(l -> l.id).toList();
        return interactions
                .since(ids, now.minus(Duration.ofDays(model.engagementWindowDays())))
                .chain(found -> {
                    Map<UUID, List<LeadInteraction>> byLead =
                            found.stream().collect(Collectors.groupingBy(i -> i.leadId));
                    return config.assignmentPlan().chain(plan -> {
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (Lead lead : batch) {
                            chain = chain.chain(
                                    () -> scoring.apply(lead, model, byLead.getOrDefault(lead.id, List.of()), now)
                                            .chain(changed -> changed
                                                    ? assignment.reassignIfRuleChanged(lead, plan, now)
                                                    : Uni.createFrom().voidItem()));
                        }
                        return chain;
                    });
                });
    }
}
