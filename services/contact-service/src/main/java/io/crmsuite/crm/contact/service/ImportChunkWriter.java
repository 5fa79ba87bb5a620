package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.AuditEntry;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.domain.LifecycleRules;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.repository.LifecycleRepository;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.contact.ConsentState;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one chunk of valid import rows in the caller's transaction: four set-based lookups (same email or phone,
 * similar name at the same account, the accounts, the external ids), the per-row decisions of {@link ImportPlanner},
 * then batched inserts of the new contacts, their first lifecycle stage and one {@code created} audit entry each, the
 * merged contacts' updates (each still at the version read) with field-by-field audit entries, and the events through
 * the transactional outbox (one statement for the chunk's events).
 */
@ApplicationScoped
public class ImportChunkWriter {
    static final String LIFECYCLE_REASON = "imported";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportChunkWriter.class);

    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final AuditTrail audits;
    private final LifecycleRepository lifecycle;
    private final Outbox outbox;
    private final ContactEvents contactEvents;
    private final ImportPlanner planner;

    public ImportChunkWriter(
            ContactRepository contacts,
            AccountRepository accounts,
            AuditTrail audits,
            LifecycleRepository lifecycle,
            Outbox outbox,
            ContactEvents contactEvents,
            DuplicateScorer scorer,
            ContactMapper mapper) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.audits = audits;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.contactEvents = contactEvents;
        this.planner = new ImportPlanner(scorer, mapper);
    }

    public Uni<List<ImportPlanner.Outcome>> write(ImportOptions job, List<ImportPlanner.Row> rows) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        List<ContactRepository.NameProbe> probes = new ArrayList<>();
        for (ImportPlanner.Row row : rows) {
            Contact c = row.contact();
            emails.addAll(List.of(c.emails));
            phones.addAll(List.of(c.phones));
            if (c.externalId != null) {
                externalIds.add(c.externalId);
            }
            if (c.accountId != null && job.mode() != ContactService.OnDuplicate.ALLOW) {
                probes.add(new ContactRepository.NameProbe(row.number(), c.accountId, c.nameKey));
            }
        }
        boolean dedupe = job.mode() != ContactService.OnDuplicate.ALLOW;
        long start = System.nanoTime();
        return (dedupe
                        ? contacts.byEmailOrPhone(emails, phones)
                        : Uni.createFrom().item(List.<Contact>of()))
                .chain(byContactPoint -> contacts.byNameAtAccount(probes)
                        .chain(byName -> contacts.externalIds(externalIds).chain(taken -> {
                            Set<UUID> accounts = new LinkedHashSet<>();
                            rows.forEach(r -> addIfSet(accounts, r.contact().accountId));
                            byContactPoint.forEach(c -> addIfSet(accounts, c.accountId));
                            byName.values().forEach(l -> l.forEach(c -> addIfSet(accounts, c.accountId)));
                            return this.accounts
                                    .names(accounts)
                                    .map(names -> new ImportPlanner.Stored(byContactPoint, byName, names, taken));
                        })))
                .chain(stored -> {
                    long looked = System.nanoTime();
                    List<ImportPlanner.Outcome> outcomes = planner.plan(rows, stored, job.mode());
                    long planned = System.nanoTime();
                    return persist(job, outcomes)
                            .invoke(() -> LOG.debugf(
                                    "import %s chunk: lookups %d ms, plan %d ms, writes %d ms",
                                    job.jobId(),
                                    (looked - start) / 1_000_000,
                                    (planned - looked) / 1_000_000,
                                    (System.nanoTime() - planned) / 1_000_000))
                            .replaceWith(outcomes);
                });
    }

    private Uni<Void> persist(ImportOptions job, List<ImportPlanner.Outcome> outcomes) {
        // the consents of the stored contacts rows merge into, for their contact updated events (new ones have none)
        Set<UUID> stored = new LinkedHashSet<>();
        for (ImportPlanner.Outcome outcome : outcomes) {
            if (outcome instanceof ImportPlanner.Merged m
                    && m.stored()
                    && !m.changed().isEmpty()) {
                stored.add(m.target().id);
            }
        }
        return contactEvents.consentsOf(stored).chain(consents -> persist(job, outcomes, consents));
    }

    private Uni<Void> persist(
            ImportOptions job, List<ImportPlanner.Outcome> outcomes, Map<UUID, List<ConsentState>> consents) {
        Instant now = Instant.now();
        List<Contact> created = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        List<EventPayload> events = new ArrayList<>();
        Map<UUID, Contact> merged = new LinkedHashMap<>();
        Map<UUID, Integer> merges = new LinkedHashMap<>();
        for (ImportPlanner.Outcome outcome : outcomes) {
            String via = "import:" + job.jobId() + "#" + outcome.number();
            if (outcome instanceof ImportPlanner.Created c) {
                Contact contact = c.contact();
                contact.createdAt = now;
                contact.updatedAt = now;
                contact.lifecycleStage = LifecycleStage.POTENTIAL;
                contact.customerStatus = LifecycleRules.statusOf(LifecycleStage.POTENTIAL);
                created.add(contact);
                audit.add(AuditEntry.of(
                        RecordTypes.CONTACT,
                        contact.id,
                        "created",
                        null,
                        null,
                        contact.source.name(),
                        job.createdBy(),
                        via,
                        now));
            } else if (outcome instanceof ImportPlanner.Merged m && !m.changed().isEmpty()) {
                Contact target = m.target();
                audit.addAll(AuditEntry.mergedInput(
                        RecordTypes.CONTACT, target.id, m.changed(), m.before(), m.after(), job.createdBy(), via, now));
                if (m.stored()) {
                    merged.putIfAbsent(target.id, target);
                    int change = merges.merge(target.id, 1, Integer::sum); // each merged row is one version
                    events.addAll(contactEvents.updatedEvents(
                            target,
                            m.changed(),
                            target.version + change,
                            now,
                            consents.getOrDefault(target.id, List.of())));
                    target.updatedAt = now;
                }
            }
        }
        // new contacts are announced with their final state (a later row of the chunk may have merged into one); their
        // first stage (POTENTIAL, implied by "created") is recorded in the lifecycle history, not announced separately:
        // that halves the events a large import puts through the outbox relay
        for (Contact c : created) {
            events.addAll(contactEvents.createdEvents(c, null, null, false, List.of()));
        }
        List<LifecycleChange> starts = created.stream()
                .map(c -> LifecycleChange.first(c.id, c.lifecycleStage, LIFECYCLE_REASON, now))
                .toList();
        return contacts.insertAll(created)
                .chain(() -> lifecycle.insertAll(starts))
                .chain(() -> contacts.updateMerged(List.copyOf(merged.values()), target -> merges.get(target.id)))
                .chain(() -> audits.record(audit))
                .chain(() -> outbox.append(events));
    }

    private static void addIfSet(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
