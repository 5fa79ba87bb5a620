package io.crmsuite.crm.lead.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.lead.LeadSource;
import io.crmsuite.crm.lead.domain.AssignmentPlan;
import io.crmsuite.crm.lead.domain.InteractionType;
import io.crmsuite.crm.lead.domain.Lead;
import io.crmsuite.crm.lead.domain.LeadAudit;
import io.crmsuite.crm.lead.domain.LeadInteraction;
import io.crmsuite.crm.lead.domain.LeadScorer;
import io.crmsuite.crm.lead.domain.ScoreHistoryEntry;
import io.crmsuite.crm.lead.domain.ScoringModel;
import io.crmsuite.crm.lead.domain.Submitter;
import io.crmsuite.crm.lead.repository.ContactPointRepository;
import io.crmsuite.crm.lead.repository.InteractionRepository;
import io.crmsuite.crm.lead.repository.LeadRepository;
import io.crmsuite.crm.lead.repository.ScoreHistoryRepository;
import io.crmsuite.crm.lead.rest.LeadInput;
import io.crmsuite.crm.lead.rest.LeadMapper;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.platform.DefaultCountry;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The one capture rule, whatever the channel — a capture alone in its request's transaction, a batch of API captures
 * group-committed by {@link CaptureBatcher}, a chunk of an import ({@link LeadImportKind}) — set-based in the caller's
 * transaction: one query finds the open duplicates (same normalised email or E.164 phone) of every capture, one the
 * matching contacts. A capture that repeats an open lead (stored, or earlier in the same set) becomes a
 * FORM_SUBMITTED (trade show: EVENT_ATTENDED) interaction of that lead; any other a new lead, flagged when it matches
 * a known contact, scored (counting its repeats in the set), routed by the rules (or kept by the rep who entered it),
 * with its {@code captured}, {@code scored} and {@code assigned} events. Stored leads that got interactions are
 * re-scored by {@link BulkScoring}. Every write is one statement per kind of row.
 */
@ApplicationScoped
public class CaptureRule {
    private final LeadRepository leads;
    private final InteractionRepository interactions;
    private final ScoreHistoryRepository history;
    private final ContactPointRepository contacts;
    private final LeadScoring scoring;
    private final BulkScoring rescoring;
    private final BulkOwners owners;
    private final Outbox outbox;
    private final MeterRegistry meters;
    private final AuditTrail audit;

    public CaptureRule(
            LeadRepository leads,
            InteractionRepository interactions,
            ScoreHistoryRepository history,
            ContactPointRepository contacts,
            LeadScoring scoring,
            BulkScoring rescoring,
            BulkOwners owners,
            Outbox outbox,
            MeterRegistry meters,
            AuditTrail audit) {
        this.leads = leads;
        this.interactions = interactions;
        this.history = history;
        this.contacts = contacts;
        this.scoring = scoring;
        this.rescoring = rescoring;
        this.owners = owners;
        this.outbox = outbox;
        this.meters = meters;
        this.audit = audit;
    }

    /**
     * One capture: its draft, validated and normalised ({@link LeadMapper#apply}, after bean validation), with its source
     * and — for a partner — its external id set, and who submitted it.
     */
    public record Capture(Lead draft, Submitter submitter) {
        /**
         * Validates and normalises the input into a draft (throws the 400 problem for bad input); the web form keeps a
         * phone it cannot read, unverified.
         */
        public static Capture of(LeadInput input, Submitter submitter, Instant now, DefaultCountry country) {
            Lead draft = new Lead();
            LeadMapper.apply(
                    input,
                    draft,
                    now,
                    new LeadMapper.PhoneReading(country.code(), submitter.kind() == Submitter.Kind.WEB_FORM));
            draft.source = submitter.sourceOf(input.source());
            draft.externalId = submitter.kind() == Submitter.Kind.PARTNER ? input.externalId() : null;
            return new Capture(draft, submitter);
        }
    }

    /** What each capture did, in the order given: a new lead (as stored), or an interaction of the open lead. */
    public Uni<List<CaptureResult>> apply(
            List<Capture> captures, ScoringModel model, AssignmentPlan plan, Instant now) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        for (Capture capture : captures) {
            addIfPresent(emails, capture.draft().emailNormalized);
            addIfPresent(phones, capture.draft().phone);
        }
        return leads.openDuplicates(emails, phones).chain(open -> {
            Chunk chunk = new Chunk(now);
            chunk.known(open);
            captures.forEach(chunk::add);
            return contacts.contactsFor(chunk.newEmails(), chunk.newPhones())
                    .chain(known -> write(chunk, known, model, plan, now))
                    .invoke(() -> count(chunk))
                    .replaceWith(chunk.results);
        });
    }

    private Uni<Void> write(
            Chunk chunk, Map<String, UUID> knownContacts, ScoringModel model, AssignmentPlan plan, Instant now) {
        List<ScoreHistoryEntry> scores = new ArrayList<>();
        Map<UUID, List<EventPayload>> events = new HashMap<>();
        List<Lead> routed = new ArrayList<>();
        List<AssignmentPlan.Rule> rules = new ArrayList<>();
        for (Lead lead : chunk.created) {
            Submitter submitter = chunk.submitters.get(lead.id);
            UUID byEmail = lead.emailNormalized == null ? null : knownContacts.get("email:" + lead.emailNormalized);
            UUID byPhone = lead.phone == null ? null : knownContacts.get("phone:" + lead.phone);
            lead.matchedContactId = byEmail != null ? byEmail : byPhone;
            List<EventPayload> own = new ArrayList<>(3);
            own.add(NewLead.captured(lead, submitter, now));
            LeadScoring.Change change =
                    scoring.compute(lead, model, chunk.touches.getOrDefault(lead.id, List.of()), now);
            scores.add(change.entry());
            own.add(change.event());
            events.put(lead.id, own);
            if (submitter.keepsOwnLeads()) {
                addIfPresent(own, NewLead.toSubmitter(lead, submitter, plan.sla(), now));
            } else {
                routed.add(lead);
                rules.add(plan.match(LeadMapper.facts(lead), lead.score));
            }
        }
        return owners.pick(rules.stream().map(AssignmentPlan.Rule::target).toList())
                .chain(picked -> {
                    for (int i = 0; i < routed.size(); i++) {
                        Lead lead = routed.get(i);
                        addIfPresent(
                                events.get(lead.id),
                                LeadAssignment.byRule(lead, rules.get(i), picked.get(i), plan.sla(), now));
                    }
                    List<EventPayload> ordered = new ArrayList<>();
                    chunk.created.forEach(lead -> ordered.addAll(events.get(lead.id)));
                    // stored leads that get interactions are locked first, in id order (no deadlock between sets)
                    return leads.lock(chunk.repeated)
                            .chain(() -> leads.insertAll(chunk.created))
                            .chain(() -> audit.record(created(chunk, now)))
                            .chain(() -> interactions.insertAll(chunk.interactions))
                            .chain(() -> history.insertAll(scores))
                            .chain(() -> outbox.append(ordered))
                            .chain(() -> leads.byIds(
                                    chunk.repeated, now.minus(Duration.ofDays(model.engagementWindowDays())), now))
                            .chain(stored -> rescoring.rescore(stored, model, plan, now));
                })
                .replaceWithVoid();
    }

    /** One {@code created} entry per new lead: who captured it, through which door, and its source. */
    private static List<AuditEntry> created(Chunk chunk, Instant now) {
        List<AuditEntry> entries = new ArrayList<>(chunk.created.size());
        for (Lead lead : chunk.created) {
            Actor actor = chunk.submitters.get(lead.id).auditActor();
            entries.add(AuditEntry.of(
                    LeadAudit.LEAD,
                    lead.id,
                    "created",
                    null,
                    null,
                    lead.source.name(),
                    actor.name(),
                    actor.via(),
                    now));
        }
        return entries;
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

    private static <T> void addIfPresent(Collection<T> to, T value) {
        if (value != null) {
            to.add(value);
        }
    }

    /** The dedupe of one set: stored open leads first (the oldest match wins), then earlier captures of the set. */
    private static final class Chunk {
        final Instant now;
        final Map<String, LeadRepository.OpenLead> storedByEmail = new HashMap<>();
        final Map<String, LeadRepository.OpenLead> storedByPhone = new HashMap<>();
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

        void known(List<LeadRepository.OpenLead> open) {
            for (LeadRepository.OpenLead lead : open) {
                if (lead.email() != null) {
                    storedByEmail.merge(lead.email(), lead, Chunk::older);
                }
                if (lead.phone() != null) {
                    storedByPhone.merge(lead.phone(), lead, Chunk::older);
                }
            }
        }

        static LeadRepository.OpenLead older(LeadRepository.OpenLead a, LeadRepository.OpenLead b) {
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
            LeadRepository.OpenLead stored = older(
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
            Lead repeatedLead = new Lead(); // the acknowledgement names the open lead only
            repeatedLead.id = leadId;
            repeatedLead.source = source;
            results.add(new CaptureResult(repeatedLead, CaptureResult.Outcome.INTERACTION_ADDED));
        }

        List<String> newEmails() {
            return created.stream()
                    .map(l -> l.emailNormalized)
                    .filter(Objects::nonNull)
                    .toList();
        }

        List<String> newPhones() {
            return created.stream().map(l -> l.phone).filter(Objects::nonNull).toList();
        }
    }
}
