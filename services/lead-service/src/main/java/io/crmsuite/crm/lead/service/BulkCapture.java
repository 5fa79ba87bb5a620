package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.InteractionType;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.domain.LeadScorer;
import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.repository.BulkLeadStore;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Captures a chunk of leads set-based, in the caller's transaction, with the rules of {@link LeadCapture}: an import
 * chunk, or a batch of API captures group-committed by {@link CaptureBatcher}.
 * one query finds open duplicates (same normalised email or E.164 phone) of every row, one the matching contacts;
 * a row that repeats an open lead (already stored, or earlier in the same upload) becomes a FORM_SUBMITTED
 * (trade show: EVENT_ATTENDED) interaction of that lead; every other row a new lead, scored (counting the repeats of
 * it in the upload), routed by the rules (or kept by the importing rep) with its {@code captured}, {@code scored} and
 * {@code assigned} events. Stored leads that got interactions are re-scored by {@link BulkScoring}. All writes are
 * batched: one round trip per statement kind.
 */
@ApplicationScoped
public class BulkCapture {
    private final LeadScoring scoring;
    private final BulkScoring rescoring;
    private final Outbox outbox;
    private final MeterRegistry meters;

    public BulkCapture(LeadScoring scoring, BulkScoring rescoring, Outbox outbox, MeterRegistry meters) {
        this.scoring = scoring;
        this.rescoring = rescoring;
        this.outbox = outbox;
        this.meters = meters;
    }

    /** What a chunk did: new leads, and rows that became interactions of an open lead. */
    public record Counts(int created, int merged) {}

    /**
     * One capture: its draft, already validated and normalised ({@link LeadMapper#apply}, bean validation passed),
     * with its source set, and who submitted it.
     */
    public record Capture(Lead draft, Submitter submitter) {
        /** Validates and normalises the input into a draft (throws the 400 problem for bad input). */
        public static Capture of(LeadInput input, Submitter submitter, Instant now) {
            Lead draft = new Lead();
            LeadMapper.apply(input, draft, now);
            draft.source = submitter.sourceOf(input.source());
            return new Capture(draft, submitter);
        }
    }

    /** A deadlock or serialization failure: the transaction may simply be run again. */
    public static boolean lostToConcurrency(Throwable failure) {
        return failure instanceof io.vertx.pgclient.PgException pg
                && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState()));
    }

    /** An import chunk; inputs must be valid. */
    public Uni<Counts> capture(
            SqlConnection connection,
            List<LeadInput> inputs,
            Submitter submitter,
            ScoringModel model,
            AssignmentPlan plan,
            Instant now) {
        List<Capture> captures = new ArrayList<>(inputs.size());
        inputs.forEach(input -> captures.add(Capture.of(input, submitter, now)));
        return captureAll(connection, captures, model, plan, now).map(results -> {
            int created = (int) results.stream()
                    .filter(r -> r.outcome() == CaptureResult.Outcome.CREATED)
                    .count();
            return new Counts(created, results.size() - created);
        });
    }

    /** What each capture did, in the order given: a new lead (as stored), or an interaction of the open lead. */
    public Uni<List<CaptureResult>> captureAll(
            SqlConnection connection, List<Capture> captures, ScoringModel model, AssignmentPlan plan, Instant now) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (Capture capture : captures) {
            addIfPresent(emails, capture.draft().emailNormalized);
            addIfPresent(phones, capture.draft().phone);
        }
        return BulkLeadStore.openDuplicates(connection, List.copyOf(emails), List.copyOf(phones))
                .chain(open -> {
                    Chunk chunk = new Chunk(now);
                    chunk.known(open);
                    captures.forEach(chunk::add);
                    return BulkLeadStore.contacts(connection, chunk.newEmails(), chunk.newPhones())
                            .chain(contacts -> write(connection, chunk, contacts, model, plan, now))
                            .replaceWith(chunk.results);
                });
    }

    private Uni<Void> write(
            SqlConnection connection,
            Chunk chunk,
            Map<String, UUID> contacts,
            ScoringModel model,
            AssignmentPlan plan,
            Instant now) {
        List<ScoreHistoryEntry> history = new ArrayList<>();
        Map<UUID, List<EventPayload>> events = new HashMap<>();
        List<Lead> routed = new ArrayList<>();
        List<AssignmentPlan.Rule> rules = new ArrayList<>();
        for (Lead lead : chunk.created) {
            Submitter submitter = chunk.submitters.get(lead.id);
            UUID byEmail = lead.emailNormalized == null ? null : contacts.get("email:" + lead.emailNormalized);
            UUID byPhone = lead.phone == null ? null : contacts.get("phone:" + lead.phone);
            lead.matchedContactId = byEmail != null ? byEmail : byPhone;
            List<EventPayload> own = new ArrayList<>(3);
            own.add(NewLead.captured(lead, submitter, now));
            LeadScoring.Change change =
                    scoring.compute(lead, model, chunk.touches.getOrDefault(lead.id, List.of()), now);
            history.add(change.entry());
            own.add(change.event());
            events.put(lead.id, own);
            if (submitter.keepsOwnLeads()) {
                addIfPresent(own, NewLead.toSubmitter(lead, submitter, plan.sla(), now));
            } else {
                routed.add(lead);
                rules.add(plan.match(LeadMapper.facts(lead), lead.score));
            }
        }
        return BulkOwners.pick(
                        connection,
                        rules.stream().map(AssignmentPlan.Rule::target).toList())
                .chain(owners -> {
                    for (int i = 0; i < routed.size(); i++) {
                        Lead lead = routed.get(i);
                        addIfPresent(
                                events.get(lead.id),
                                LeadAssignment.byRule(lead, rules.get(i), owners.get(i), plan.sla(), now));
                    }
                    List<EventPayload> ordered = new ArrayList<>();
                    chunk.created.forEach(lead -> ordered.addAll(events.get(lead.id)));
                    // stored leads that get interactions are locked first, in id order (no deadlock between chunks)
                    return BulkLeadStore.lock(connection, List.copyOf(chunk.repeated))
                            .chain(() -> BulkLeadStore.insertLeads(connection, chunk.created))
                            .chain(() -> BulkLeadStore.insertInteractions(connection, chunk.interactions))
                            .chain(() -> BulkLeadStore.insertHistory(connection, history))
                            .chain(() -> outbox.appendAll(connection, ordered))
                            .chain(() -> BulkLeadStore.byIds(
                                    connection,
                                    List.copyOf(chunk.repeated),
                                    now.minus(Duration.ofDays(model.engagementWindowDays())),
                                    now))
                            .chain(stored -> rescoring.rescore(connection, stored, model, plan, now));
                })
                .invoke(() -> count(chunk))
                .replaceWithVoid();
    }

    private void count(Chunk chunk) {
        chunk.created.forEach(lead -> meters.counter(
                        "crm.leads.captured",
                        "source",
                        lead.source.name(),
                        "outcome",
                        CaptureResult.Outcome.CREATED.name())
                .increment());
        chunk.mergedSources.forEach((source, n) -> meters.counter(
                        "crm.leads.captured",
                        "source",
                        source.name(),
                        "outcome",
                        CaptureResult.Outcome.INTERACTION_ADDED.name())
                .increment(n));
    }

    private static <T> void addIfPresent(java.util.Collection<T> to, T value) {
        if (value != null) {
            to.add(value);
        }
    }

    /** The dedupe of one chunk: stored open leads first (the oldest match wins), then earlier rows of the upload. */
    private static final class Chunk {
        final Instant now;
        final Map<String, BulkLeadStore.OpenLead> storedByEmail = new HashMap<>();
        final Map<String, BulkLeadStore.OpenLead> storedByPhone = new HashMap<>();
        final Map<String, Lead> newByEmail = new HashMap<>();
        final Map<String, Lead> newByPhone = new HashMap<>();
        final Map<UUID, Integer> order = new HashMap<>();
        final List<Lead> created = new ArrayList<>();
        final Map<UUID, List<LeadScorer.Touch>> touches = new HashMap<>();
        final List<LeadInteraction> interactions = new ArrayList<>();
        final Set<UUID> repeated = new LinkedHashSet<>();
        final Map<LeadSource, Integer> mergedSources = new HashMap<>();
        final Map<UUID, Submitter> submitters = new HashMap<>();
        final List<CaptureResult> results = new ArrayList<>();

        Chunk(Instant now) {
            this.now = now;
        }

        void known(List<BulkLeadStore.OpenLead> open) {
            for (BulkLeadStore.OpenLead lead : open) {
                if (lead.email() != null) {
                    storedByEmail.merge(lead.email(), lead, Chunk::older);
                }
                if (lead.phone() != null) {
                    storedByPhone.merge(lead.phone(), lead, Chunk::older);
                }
            }
        }

        static BulkLeadStore.OpenLead older(BulkLeadStore.OpenLead a, BulkLeadStore.OpenLead b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int byTime = a.createdAt().compareTo(b.createdAt());
            return byTime < 0 || (byTime == 0 && a.id().compareTo(b.id()) <= 0) ? a : b;
        }

        void add(Capture capture) {
            Lead draft = capture.draft();
            Submitter submitter = capture.submitter();
            InteractionType type = draft.source == LeadSource.TRADE_SHOW
                    ? InteractionType.EVENT_ATTENDED
                    : InteractionType.FORM_SUBMITTED;
            BulkLeadStore.OpenLead stored = older(
                    draft.emailNormalized == null ? null : storedByEmail.get(draft.emailNormalized),
                    draft.phone == null ? null : storedByPhone.get(draft.phone));
            if (stored != null) {
                interaction(stored.id(), type, draft.source, submitter);
                repeated.add(stored.id());
                return;
            }
            Lead earlier = earlier(
                    draft.emailNormalized == null ? null : newByEmail.get(draft.emailNormalized),
                    draft.phone == null ? null : newByPhone.get(draft.phone));
            if (earlier != null) {
                interaction(earlier.id, type, draft.source, submitter);
                touches.computeIfAbsent(earlier.id, id -> new ArrayList<>()).add(new LeadScorer.Touch(type, now));
                return;
            }
            NewLead.stamp(draft, submitter, now);
            order.put(draft.id, created.size());
            created.add(draft);
            submitters.put(draft.id, submitter);
            results.add(new CaptureResult(draft, CaptureResult.Outcome.CREATED));
            if (draft.emailNormalized != null) {
                newByEmail.putIfAbsent(draft.emailNormalized, draft);
            }
            if (draft.phone != null) {
                newByPhone.putIfAbsent(draft.phone, draft);
            }
        }

        Lead earlier(Lead a, Lead b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return order.get(a.id) <= order.get(b.id) ? a : b;
        }

        void interaction(UUID leadId, InteractionType type, LeadSource source, Submitter submitter) {
            LeadInteraction interaction = new LeadInteraction();
            interaction.id = UUID.randomUUID();
            interaction.leadId = leadId;
            interaction.type = type;
            interaction.occurredAt = now;
            interaction.detail = "repeat capture via " + source;
            interaction.recordedBy = submitter.actor();
            interaction.createdAt = now;
            interactions.add(interaction);
            mergedSources.merge(source, 1, Integer::sum);
            Lead repeated = new Lead(); // the acknowledgement names the open lead only
            repeated.id = leadId;
            repeated.source = source;
            results.add(new CaptureResult(repeated, CaptureResult.Outcome.INTERACTION_ADDED));
        }

        List<String> newEmails() {
            return created.stream()
                    .map(l -> l.emailNormalized)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }

        List<String> newPhones() {
            return created.stream()
                    .map(l -> l.phone)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }
    }
}
