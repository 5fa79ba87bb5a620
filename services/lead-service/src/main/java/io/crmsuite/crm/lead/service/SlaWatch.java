package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.directory.DirectoryUser;
import io.crmsuite.crm.directory.UserDirectory;
import io.crmsuite.crm.events.lead.LeadInboxSlaBreached;
import io.crmsuite.crm.events.lead.LeadSlaBreached;
import io.crmsuite.crm.lead.config.LeadConfig;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.domain.PlanResolution;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.persistence.JobLeases;
import io.crmsuite.crm.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The first-response clock: a lead still New at its due time emits {@code crm.lead.sla-breached.v1} once and, when
 * its rule says so, moves to another member of the rule's team queue (who gets a fresh deadline). A lead nobody was
 * given (the inbox, or a queue without members) emits {@code crm.lead.inbox-sla-breached.v1} once instead, escalated
 * to the sales managers of its region, else of its team, else to the administrators (from the user directory).
 */
@ApplicationScoped
public class SlaWatch {
    private static final Logger LOG = Logger.getLogger(SlaWatch.class);

    private final LeadRepository leads;
    private final ConfigService config;
    private final LeadAssignment assignment;
    private final Outbox outbox;
    private final UserDirectory directory;
    private final int batchSize;
    private final JobLeases leases;
    private final AuditTrail audit;

    public SlaWatch(
            LeadRepository leads,
            ConfigService config,
            LeadAssignment assignment,
            Outbox outbox,
            UserDirectory directory,
            LeadConfig settings,
            JobLeases leases,
            AuditTrail audit) {
        this.leads = leads;
        this.config = config;
        this.assignment = assignment;
        this.outbox = outbox;
        this.directory = directory;
        this.batchSize = settings.batchSize();
        this.leases = leases;
        this.audit = audit;
    }

    @Scheduled(
            identity = "lead-sla-watch",
            every = "${crm.lead.sla-scan-every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> round() {
        // one replica at a time: two would report the same breach twice
        return leases.runExclusively("lead-sla-watch", Duration.ofMinutes(5), this::scan)
                .onFailure()
                .invoke(e -> LOG.warnf("SLA scan failed (retried next round): %s", e.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Reports the leads past due now; the number reported. */
    public Uni<Integer> scan() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> config.assignmentPlan().chain(plan -> leads.slaDue(now, batchSize)
                .call(due -> breachAll(due, plan, now))
                .map(List::size)));
    }

    private Uni<Void> breachAll(List<Lead> due, AssignmentPlan plan, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Lead lead : due) {
            chain = chain.chain(() -> breach(lead, plan, now));
        }
        return chain;
    }

    private Uni<Void> breach(Lead lead, AssignmentPlan plan, Instant now) {
        lead.slaBreachedAt = now;
        lead.updatedAt = now;
        if (lead.ownerId == null) {
            return escalate(lead, now);
        }
        String owner = lead.ownerId;
        String team = lead.team;
        Instant dueAt = lead.firstResponseDueAt;
        AssignmentPlan.Rule rule = plan.byId(lead.assignmentRuleId).orElse(null);
        Uni<String> reassigned = rule != null && rule.reassignOnSlaBreach()
                ? assignment.pickOwner(rule.target(), owner)
                : Uni.createFrom().nullItem();
        return reassigned.chain(next -> {
            Uni<Void> report = owner == null || team == null
                    ? Uni.createFrom().voidItem()
                    : outbox.append(new LeadSlaBreached(lead.id, owner, team, grade(lead), dueAt, now, next))
                            .replaceWithVoid();
            if (next == null) {
                return report;
            }
            Map<String, String> before = LeadAudit.snapshot(lead);
            return report.chain(() -> assignment.assignByRule(lead, rule, next, plan.sla(), now))
                    .invoke(() -> lead.slaBreachedAt = now) // reported once; the new deadline is informational
                    .call(() -> audit.changes(
                            LeadAudit.LEAD,
                            lead.id,
                            "sla-reassigned",
                            before,
                            LeadAudit.snapshot(lead),
                            Actor.schedule("lead-sla-watch")));
        });
    }

    /** The inbox breach: to the managers of the lead's region, else of its team, else to the administrators. */
    private Uni<Void> escalate(Lead lead, Instant now) {
        return directory.withRole(Roles.SALES_MANAGER).chain(managers -> {
            List<String> regional = ids(managers, m -> PlanResolution.sameText(m.region(), lead.region));
            List<String> team =
                    regional.isEmpty() ? ids(managers, m -> PlanResolution.sameText(m.team(), lead.team)) : regional;
            Uni<List<String>> admins = team.isEmpty()
                    ? directory.withRole(Roles.ADMIN).map(all -> ids(all, a -> true))
                    : Uni.createFrom().item(team);
            return admins.chain(to -> outbox.append(new LeadInboxSlaBreached(
                            lead.id,
                            lead.region,
                            lead.team,
                            grade(lead),
                            lead.firstResponseDueAt,
                            now,
                            to,
                            team.isEmpty() ? Roles.ADMIN : Roles.SALES_MANAGER))
                    .replaceWithVoid());
        });
    }

    private static List<String> ids(List<DirectoryUser> users, java.util.function.Predicate<DirectoryUser> which) {
        return users.stream().filter(which).map(DirectoryUser::id).sorted().toList();
    }

    private static io.crmsuite.crm.events.lead.LeadGrade grade(Lead lead) {
        return lead.grade == null ? io.crmsuite.crm.events.lead.LeadGrade.D : lead.grade;
    }
}
