package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.platform.DefaultCountry;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Where every capture channel (the API, partners, the public web form) enters: the input is validated at once (bad
 * input never waits for a batch), then written by the one {@link CaptureRule} — group-committed with the captures
 * arriving at the same moment ({@link CaptureBatcher}), or alone in the caller's transaction ({@link #captureAlone}):
 * for a capture with an {@code Idempotency-Key}, whose remembered response must commit with the lead, and for a
 * partner's upsert by external id, which updates the lead the partner sent before.
 */
@ApplicationScoped
public class LeadCapture {
    private final LeadRepository leads;
    private final ConfigService config;
    private final CaptureRule rule;
    private final LeadInteractions interactions;
    private final CaptureBatcher batcher;
    private final MeterRegistry meters;
    private final DefaultCountry country;

    public LeadCapture(
            LeadRepository leads,
            ConfigService config,
            CaptureRule rule,
            LeadInteractions interactions,
            CaptureBatcher batcher,
            MeterRegistry meters,
            DefaultCountry country) {
        this.leads = leads;
        this.config = config;
        this.rule = rule;
        this.interactions = interactions;
        this.batcher = batcher;
        this.meters = meters;
        this.country = country;
    }

    /** Validated and normalised at once, then written with the next batch (an upsert: alone). */
    public Uni<CaptureResult> capture(LeadInput input, Submitter submitter) {
        if (isUpsert(input, submitter)) {
            return captureAlone(input, submitter);
        }
        CaptureRule.Capture capture = CaptureRule.Capture.of(input, submitter, Instant.now(), country);
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
        CaptureRule.Capture capture =
                CaptureRule.Capture.of(input, submitter, now, country); // bad input: 400 before any I/O
        Uni<Lead> known = isUpsert(input, submitter)
                ? leads.findByExternalId(submitter.id(), input.externalId())
                : Uni.createFrom().nullItem();
        return known.chain(existing -> existing != null
                ? update(existing, input, now)
                : config.scoringModel()
                        .chain(model ->
                                config.assignmentPlan().chain(plan -> rule.apply(List.of(capture), model, plan, now)))
                        .map(List::getFirst));
    }

    /** A partner's upsert of a lead it sent before: the new values, re-scored and (while New) re-routed. */
    private Uni<CaptureResult> update(Lead lead, LeadInput input, Instant now) {
        LeadMapper.apply(input, lead, now, new LeadMapper.PhoneReading(country.code(), false));
        return interactions
                .rescoreAndRoute(lead, now)
                .call(leads::flush) // the version in the response is the committed one
                .invoke(() -> meters.counter(
                                "crm.leads.captured",
                                "source",
                                lead.source.name(),
                                "outcome",
                                CaptureResult.Outcome.UPDATED.name())
                        .increment())
                .replaceWith(new CaptureResult(lead, CaptureResult.Outcome.UPDATED));
    }
}
