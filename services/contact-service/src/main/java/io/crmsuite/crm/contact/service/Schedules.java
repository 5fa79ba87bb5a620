package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.persistence.JobLeases;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The periodic jobs: ABC tier recomputation, inactivity and churn detection, task reminders (intervals configurable,
 * "off" stops).
 */
@ApplicationScoped
public class Schedules {
    private static final Logger LOG = Logger.getLogger(Schedules.class);
    private final ValueTierService tiers;
    private final InactivityService inactivity;
    private final TaskReminderService reminders;
    private final JobLeases leases;

    public Schedules(
            ValueTierService tiers, InactivityService inactivity, TaskReminderService reminders, JobLeases leases) {
        this.tiers = tiers;
        this.inactivity = inactivity;
        this.reminders = reminders;
        this.leases = leases;
    }

    /** Safe with several replicas: due tasks are claimed with {@code skip locked}, mails are leased. */
    @Scheduled(
            identity = "task-reminders",
            every = "${crm.contact.tasks.reminder-scan-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> remindTasks() {
        return reminders
                .scan(Instant.now())
                .invoke(r -> LOG.debugf("task reminder scan: %s", r))
                .onFailure()
                .invoke(e -> LOG.warn("task reminder scan failed; the next scan retries", e))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    @Scheduled(
            identity = "tier-recompute",
            every = "${crm.contact.tier.recompute-every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    /** One replica at a time (a lease): the tiers are relative, computed over every contact at once. */
    Uni<Void> recomputeTiers() {
        return leases.runExclusively(
                        "contact-tier-recompute",
                        Duration.ofMinutes(30),
                        () -> Panache.withTransaction(() -> tiers.recompute(Instant.now())))
                .invoke(s -> s.ifPresent(summary -> LOG.infof("ABC tiers recomputed: %s", summary)))
                .replaceWithVoid();
    }

    @Scheduled(
            identity = "inactivity-check",
            every = "${crm.contact.inactivity.check-every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    /** One replica at a time (a lease); within a run, due contacts are also claimed with {@code skip locked}. */
    Uni<Void> checkInactivity() {
        return leases.runExclusively(
                        "contact-inactivity-check",
                        Duration.ofMinutes(15),
                        () -> Panache.withTransaction(() -> inactivity.check(Instant.now())))
                .invoke(r -> LOG.debugf("inactivity check: %s", r))
                .replaceWithVoid();
    }
}
