package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.lead.domain.InteractionType;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.repository.ScoreHistoryRepository;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every capture channel ends here: partner upsert by external id, a repeat of an open lead's person (same normalised
 * email or phone) becomes an interaction of that lead, anything else a new lead that is flagged when it matches a
 * known contact, scored and assigned, with its events in the outbox.
 *
 * <p>{@link #capture} group-commits the capture with the others arriving at the same moment ({@link CaptureBatcher},
 * the same rules set-based in {@link BulkCapture}). {@link #captureAlone} runs it in the caller's transaction: for a
 * partner's upsert by external id, and for a capture with an {@code Idempotency-Key}, whose remembered response must
 * commit with the lead.
 */
@ApplicationScoped
public class LeadCapture {
    private final LeadRepository leads;
    private final ScoreHistoryRepository history;
    private final ConfigService config;
    private final LeadScoring scoring;
    private final LeadAssignment assignment;
    private final LeadInteractions interactions;
    private final Outbox outbox;
    private final CaptureBatcher batcher;
    private final MeterRegistry meters;

    public LeadCapture(
            LeadRepository leads,
            ScoreHistoryRepository history,
            ConfigService config,
            LeadScoring scoring,
            LeadAssignment assignment,
            LeadInteractions interactions,
            Outbox outbox,
            CaptureBatcher batcher,
            MeterRegistry meters) {
        this.leads = leads;
        this.history = history;
        this.config = config;
        this.scoring = scoring;
        this.assignment = assignment;
        this.interactions = interactions;
        this.outbox = outbox;
        this.batcher = batcher;
        this.meters = meters;
    }

    /** Validated and normalised at once (bad input never waits for a batch), then written with the next batch. */
    public Uni<CaptureResult> capture(LeadInput input, Submitter submitter) {
        if (isUpsert(input, submitter)) {
            return captureAlone(input, submitter);
        }
        BulkCapture.Capture capture = BulkCapture.Capture.of(input, submitter, Instant.now());
        return config.scoringModel()
                .chain(model -> config.assignmentPlan().chain(plan -> batcher.submit(capture, model, plan)));
    }

    private static boolean isUpsert(LeadInput input, Submitter submitter) {
        return submitter.kind() == Submitter.Kind.PARTNER && input.externalId() != null;
    }

    /** The capture in the caller's transaction (joined, or one of its own). */
    @WithTransaction
    public Uni<CaptureResult> captureAlone(LeadInput input, Submitter submitter) {
        Instant now = Instant.now();
        Lead draft = new Lead();
        LeadMapper.apply(input, draft, now); // validates and normalises first: bad input never touches the database
        Uni<Lead> existing = isUpsert(input, submitter)
                ? leads.findByExternalId(submitter.id(), input.externalId())
                : Uni.createFrom().nullItem();
        return existing.chain(known -> known != null
                        ? update(known, input, now)
                        : leads.matchPerson(draft.emailNormalized, draft.phone)
                                .chain(match -> match.openLeadId() != null
                                        ? leads.findById(match.openLeadId())
                                                .chain(duplicate -> repeat(
                                                        duplicate, submitter.sourceOf(input.source()), submitter, now))
                                        : create(draft, input, submitter, match.contactId(), now)))
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

    /**
     * A new lead: scored (no interactions yet) and routed in memory, then the lead, its first history row and its
     * three events ({@code captured}, {@code scored}, {@code assigned}) written in as few statements as possible.
     */
    private Uni<CaptureResult> create(Lead lead, LeadInput input, Submitter submitter, UUID contactId, Instant now) {
        NewLead.stamp(lead, submitter, now);
        lead.source = submitter.sourceOf(input.source());
        lead.externalId = submitter.kind() == Submitter.Kind.PARTNER ? input.externalId() : null;
        lead.matchedContactId = contactId;
        List<EventPayload> events = new ArrayList<>(3);
        events.add(NewLead.captured(lead, submitter, now));
        return config.scoringModel()
                .chain(model -> {
                    LeadScoring.Change change = scoring.compute(lead, model, List.of(), now);
                    events.add(change.event());
                    return config.assignmentPlan()
                            .chain(plan -> submitter.keepsOwnLeads()
                                    ? Uni.createFrom().item(NewLead.toSubmitter(lead, submitter, plan.sla(), now))
                                    : assignment.route(lead, plan, now))
                            .chain(assigned -> {
                                if (assigned != null) {
                                    events.add(assigned);
                                }
                                return leads.persist(lead)
                                        .chain(() -> history.persist(change.entry()))
                                        .chain(() -> outbox.appendAll(events));
                            });
                })
                .replaceWith(new CaptureResult(lead, CaptureResult.Outcome.CREATED));
    }
}
