package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.lead.LeadCaptured;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.events.lead.LeadStatus;
import io.crmsuite.crm.lead.Lead;
import io.crmsuite.crm.lead.mapping.LeadMapper;
import io.crmsuite.crm.lead.repository.ContactPointRepository;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Every capture channel ends here, in one transaction: partner upsert by external id, a repeat of an open lead's
 * person (same normalised email or phone) becomes an interaction of that lead, anything else a new lead that is
 * flagged when it matches a known contact, scored and assigned, with its events in the outbox.
 */
@ApplicationScoped
public class LeadCapture {
    private final LeadRepository leads;
    private final ContactPointRepository contacts;
    private final ConfigService config;
    private final LeadScoring scoring;
    private final LeadAssignment assignment;
    private final LeadInteractions interactions;
    private final Outbox outbox;
    private final MeterRegistry meters;

    public LeadCapture(
            LeadRepository leads,
            ContactPointRepository contacts,
            ConfigService config,
            LeadScoring scoring,
            LeadAssignment assignment,
            LeadInteractions interactions,
            Outbox outbox,
            MeterRegistry meters) {
        this.leads = leads;
        this.contacts = contacts;
        this.config = config;
        this.scoring = scoring;
        this.assignment = assignment;
        this.interactions = interactions;
        this.outbox = outbox;
        this.meters = meters;
    }

    @WithTransaction
    public Uni<CaptureResult> capture(LeadInput input, Submitter submitter) {
        Instant now = Instant.now();
        Lead draft = new Lead();
        LeadMapper.apply(input, draft, now); // validates and normalises first: bad input never touches the database
        Uni<Lead> existing = submitter.kind() == Submitter.Kind.PARTNER && input.externalId() != null
                ? leads.findByExternalId(submitter.id(), input.externalId())
                : Uni.createFrom().nullItem();
        return existing.chain(known -> known != null
                        ? update(known, input, now)
                        : leads.findOpenDuplicate(draft.emailNormalized, draft.phone)
                                .chain(duplicate -> duplicate != null
                                        ? repeat(duplicate, source(input, submitter), submitter, now)
                                        : create(draft, input, submitter, now)))
                .call(leads::flush) // the version in the response is the committed one
                .invoke(result -> meters.counter(
                                "crm.leads.captured",
                                "source",
                                result.lead().source.name(),
                                "outcome",
                                result.outcome().name())
                        .increment());
    }

    private Uni<CaptureResult> update(Lead lead, LeadInput input, Instant now) {
        LeadMapper.apply(input, lead, now);
        return interactions
                .rescoreAndRoute(lead, now)
                .replaceWith(new CaptureResult(lead, CaptureResult.Outcome.UPDATED));
    }

    private Uni<CaptureResult> repeat(Lead lead, LeadSource source, Submitter submitter, Instant now) {
        InteractionType type =
                source == LeadSource.TRADE_SHOW ? InteractionType.EVENT_ATTENDED : InteractionType.FORM_SUBMITTED;
        return interactions
                .record(lead, type, now, "repeat capture via " + source, submitter.actor(), now)
                .replaceWith(new CaptureResult(lead, CaptureResult.Outcome.INTERACTION_ADDED));
    }

    private Uni<CaptureResult> create(Lead lead, LeadInput input, Submitter submitter, Instant now) {
        lead.id = UUID.randomUUID();
        lead.source = source(input, submitter);
        lead.status = LeadStatus.NEW;
        lead.submittedBy = submitter.id();
        lead.submitterKind = submitter.kind().name();
        lead.externalId = submitter.kind() == Submitter.Kind.PARTNER ? input.externalId() : null;
        lead.createdAt = now;
        return contacts.findContact(lead.emailNormalized, lead.phone)
                .chain(contactId -> {
                    lead.matchedContactId = contactId;
                    return leads.persist(lead);
                })
                .chain(() -> outbox.append(new LeadCaptured(
                        lead.id,
                        lead.source,
                        lead.campaignId,
                        lead.region,
                        lead.country,
                        lead.industry,
                        submitter.actor(),
                        now)))
                .chain(() -> config.scoringModel())
                .chain(model -> scoring.rescore(lead, model, now))
                .chain(() -> config.assignmentPlan())
                .chain(plan -> submitter.keepsOwnLeads()
                        ? assignment.assignTo(
                                lead,
                                submitter.user().subject(),
                                submitter.user().team(),
                                plan.sla(),
                                now)
                        : assignment.assign(lead, plan, now))
                .replaceWith(new CaptureResult(lead, CaptureResult.Outcome.CREATED));
    }

    private static LeadSource source(LeadInput input, Submitter submitter) {
        return switch (submitter.kind()) {
            case PARTNER -> LeadSource.PARTNER_API;
            case WEB_FORM -> LeadSource.WEB_FORM;
            case IMPORT -> input.source() == null ? LeadSource.IMPORT : input.source();
            case USER -> input.source() == null ? LeadSource.OTHER : input.source();
        };
    }
}
