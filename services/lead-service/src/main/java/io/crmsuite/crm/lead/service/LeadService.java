package io.crmsuite.crm.lead.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.events.lead.LeadStatusChanged;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.lead.domain.StatusMachine;
import io.crmsuite.crm.lead.repository.InteractionRepository;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.repository.ScoreHistoryRepository;
import io.crmsuite.crm.lead.rest.AssignInput;
import io.crmsuite.crm.lead.rest.InteractionInput;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.lead.rest.StatusChange;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.platform.DefaultCountry;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.crmsuite.crm.security.SalesAccess;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and changes of one lead, always within the caller's record scope (404 outside it). */
@ApplicationScoped
public class LeadService {
    private final LeadRepository leads;
    private final InteractionRepository interactionRows;
    private final ScoreHistoryRepository history;
    private final LeadInteractions interactions;
    private final LeadAssignment assignment;
    private final ConfigService config;
    private final JsonMergePatch mergePatch;
    private final Outbox outbox;
    private final DefaultCountry country;
    private final AuditTrail audit;

    public LeadService(
            LeadRepository leads,
            InteractionRepository interactionRows,
            ScoreHistoryRepository history,
            LeadInteractions interactions,
            LeadAssignment assignment,
            ConfigService config,
            JsonMergePatch mergePatch,
            Outbox outbox,
            DefaultCountry country,
            AuditTrail audit) {
        this.leads = leads;
        this.interactionRows = interactionRows;
        this.history = history;
        this.interactions = interactions;
        this.assignment = assignment;
        this.config = config;
        this.mergePatch = mergePatch;
        this.outbox = outbox;
        this.country = country;
        this.audit = audit;
    }

    @WithSession
    public Uni<Lead> get(UUID id, CurrentUser user) {
        return visible(id, user, false);
    }

    @WithSession
    public Uni<List<LeadInteraction>> interactions(UUID id, CurrentUser user) {
        return visible(id, user, false).chain(lead -> interactionRows.ofLead(lead.id));
    }

    @WithSession
    public Uni<List<ScoreHistoryEntry>> scoreHistory(UUID id, CurrentUser user) {
        return visible(id, user, false).chain(lead -> history.ofLead(lead.id));
    }

    /** Merge-patch of the writable fields; the lead is re-scored (and, while New, possibly re-routed). */
    @WithTransaction
    public Uni<Lead> patch(UUID id, JsonNode patch, String ifMatch, CurrentUser user) {
        return visible(id, user, true).chain(lead -> {
            ETags.requireMatch(ifMatch, lead.version);
            LeadInput merged = mergePatch.apply(patch, LeadMapper.toInput(lead), LeadInput.class);
            Instant now = Instant.now();
            Map<String, String> before = LeadAudit.snapshot(lead);
            LeadMapper.apply(merged, lead, now, new LeadMapper.PhoneReading(country.code(), false));
            lead.source = merged.source() == null ? lead.source : merged.source();
            return interactions
                    .rescoreAndRoute(lead, now)
                    .call(leads::flush)
                    .call(() -> audited(lead, "updated", before, user, "PATCH /api/v1/leads/{id}"))
                    .replaceWith(lead);
        });
    }

    @WithTransaction
    public Uni<Lead> changeStatus(UUID id, StatusChange change, String ifMatch, CurrentUser user) {
        return visible(id, user, true).chain(lead -> {
            ETags.requireMatch(ifMatch, lead.version);
            StatusMachine.requireManualTransition(lead.status, change.status(), change.reason());
            Instant now = Instant.now();
            LeadStatus from = lead.status;
            Map<String, String> before = LeadAudit.snapshot(lead);
            lead.status = change.status();
            lead.statusReason = change.reason();
            lead.updatedAt = now;
            if (from == LeadStatus.NEW && lead.firstRespondedAt == null) {
                lead.firstRespondedAt = now; // the first-response clock stops when the lead leaves New
            }
            return outbox.append(
                            new LeadStatusChanged(lead.id, from, lead.status, change.reason(), user.subject(), now))
                    .call(leads::flush)
                    .call(() -> audited(lead, "status-changed", before, user, "POST /api/v1/leads/{id}/status"))
                    .replaceWith(lead);
        });
    }

    @WithTransaction
    public Uni<LeadInteraction> addInteraction(UUID id, InteractionInput input, CurrentUser user) {
        return visible(id, user, true).chain(lead -> {
            Instant now = Instant.now();
            Instant occurred = input.occurredAt() == null ? now : input.occurredAt();
            return interactions.record(lead, input.type(), occurred, input.detail(), user.actor(), now);
        });
    }

    /** A manager (their team) or an admin gives the lead to someone; the first-response clock restarts. */
    @WithTransaction
    public Uni<Lead> assign(UUID id, AssignInput input, String ifMatch, CurrentUser user) {
        return visible(id, user, true).chain(lead -> {
            ETags.requireMatch(ifMatch, lead.version);
            Map<String, String> before = LeadAudit.snapshot(lead);
            return config.assignmentPlan()
                    .chain(plan -> assignment.assignTo(lead, input.ownerId(), input.team(), plan.sla(), Instant.now()))
                    .call(leads::flush)
                    .call(() -> audited(lead, "assigned", before, user, "POST /api/v1/leads/{id}/assign"))
                    .replaceWith(lead);
        });
    }

    /** The lead's audit trail: its own, or any lead's for admins and auditors (also of an erased lead). */
    @WithSession
    public Uni<List<AuditEntry>> audit(UUID id, CurrentUser user) {
        return audit.forCaller(id, user, "Lead", () -> visible(id, user, false));
    }

    /** The fields an operation changed, as audit entries in its transaction. */
    Uni<Void> audited(Lead lead, String action, Map<String, String> before, CurrentUser user, String route) {
        return audit.changes(LeadAudit.LEAD, lead.id, action, before, LeadAudit.snapshot(lead), Actor.api(user, route));
    }

    Uni<Lead> visible(UUID id, CurrentUser user, boolean write) {
        return leads.findVisible(id, write ? SalesAccess.writeScope(user) : SalesAccess.readScope(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Lead", id));
    }
}
