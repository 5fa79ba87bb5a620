package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.AuditEntry;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.DuplicateScorer;
import io.crmsuite.crm.contact.domain.LifecycleRules;
import io.crmsuite.crm.contact.repository.ContactBulkStore;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.events.contact.LifecycleStage;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
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
 * merged contacts' updates with field-by-field audit entries, and the events through the transactional outbox
 * ({@link Outbox#appendAll(SqlConnection, List)}: one statement for the chunk's events).
 */
@ApplicationScoped
public class ImportChunkWriter {
    static final String LIFECYCLE_REASON = "imported";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ImportChunkWriter.class);

    private final ContactBulkStore store;
    private final Outbox outbox;
    private final ImportPlanner planner;

    public ImportChunkWriter(ContactBulkStore store, Outbox outbox, DuplicateScorer scorer, ContactMapper mapper) {
        this.store = store;
        this.outbox = outbox;
        this.planner = new ImportPlanner(scorer, mapper);
    }

    /** The job fields a chunk needs. */
    public record Job(UUID id, ContactService.OnDuplicate mode, String createdBy) {}

    public Uni<List<ImportPlanner.Outcome>> write(SqlConnection connection, Job job, List<ImportPlanner.Row> rows) {
        // the lookups must use the indexes even while the planner's statistics still describe a much smaller table
        // (a growing import outpaces autovacuum's analyze): a sequential scan would compare every stored contact with
        // every email of the chunk. Asynchronous commit: a crash may lose the last chunks' commits, but then it loses
        // the job's progress with them (same transaction), and the resumed import redoes exactly those chunks
        return connection
                .query("set local enable_seqscan = off; set local synchronous_commit = off")
                .execute()
                .chain(() -> lookupAndWrite(connection, job, rows));
    }

    private Uni<List<ImportPlanner.Outcome>> lookupAndWrite(
            SqlConnection connection, Job job, List<ImportPlanner.Row> rows) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        Set<String> externalIds = new LinkedHashSet<>();
        List<ContactBulkStore.NameProbe> probes = new ArrayList<>();
        for (ImportPlanner.Row row : rows) {
            Contact c = row.contact();
            emails.addAll(List.of(c.emails));
            phones.addAll(List.of(c.phones));
            if (c.externalId != null) {
                externalIds.add(c.externalId);
            }
            if (c.accountId != null && job.mode() != ContactService.OnDuplicate.ALLOW) {
                probes.add(new ContactBulkStore.NameProbe(row.number(), c.accountId, c.nameKey));
            }
        }
        boolean dedupe = job.mode() != ContactService.OnDuplicate.ALLOW;
        long start = System.nanoTime();
        return (dedupe
                        ? store.byEmailOrPhone(connection, emails, phones)
                        : Uni.createFrom().item(List.<Contact>of()))
                .chain(byContactPoint -> store.byNameAtAccount(connection, probes)
                        .chain(byName -> store.externalIds(connection, externalIds)
                                .chain(taken -> {
                                    Set<UUID> accounts = new LinkedHashSet<>();
                                    rows.forEach(r -> addIfSet(accounts, r.contact().accountId));
                                    byContactPoint.forEach(c -> addIfSet(accounts, c.accountId));
                                    byName.values().forEach(l -> l.forEach(c -> addIfSet(accounts, c.accountId)));
                                    return store.accountNames(connection, accounts)
                                            .map(names ->
                                                    new ImportPlanner.Stored(byContactPoint, byName, names, taken));
                                })))
                .chain(stored -> {
                    long looked = System.nanoTime();
                    List<ImportPlanner.Outcome> outcomes = planner.plan(rows, stored, job.mode());
                    long planned = System.nanoTime();
                    return persist(connection, job, outcomes)
                            .invoke(() -> LOG.debugf(
                                    "import %s chunk: lookups %d ms, plan %d ms, writes %d ms",
                                    job.id(),
                                    (looked - start) / 1_000_000,
                                    (planned - looked) / 1_000_000,
                                    (System.nanoTime() - planned) / 1_000_000))
                            .replaceWith(outcomes);
                });
    }

    private Uni<Void> persist(SqlConnection connection, Job job, List<ImportPlanner.Outcome> outcomes) {
        Instant now = Instant.now();
        List<Contact> created = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        List<EventPayload> events = new ArrayList<>();
        Map<UUID, ContactBulkStore.MergedContact> merged = new LinkedHashMap<>();
        for (ImportPlanner.Outcome outcome : outcomes) {
            String via = "import:" + job.id() + "#" + outcome.number();
            if (outcome instanceof ImportPlanner.Created c) {
                Contact contact = c.contact();
                contact.createdAt = now;
                contact.updatedAt = now;
                contact.lifecycleStage = LifecycleStage.POTENTIAL;
                contact.customerStatus = LifecycleRules.statusOf(LifecycleStage.POTENTIAL);
                created.add(contact);
                audit.add(AuditEntry.of(
                        AuditTrail.CONTACT,
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
                        AuditTrail.CONTACT, target.id, m.changed(), m.before(), m.after(), job.createdBy(), via, now));
                if (m.stored()) {
                    merged.putIfAbsent(target.id, new ContactBulkStore.MergedContact(target, target.version));
                    target.version++;
                    target.updatedAt = now;
                    events.add(new ContactUpdated(
                            target.id,
                            target.version,
                            m.changed(),
                            List.of(target.emails),
                            List.of(target.phones),
                            now));
                }
            }
        }
        // new contacts are announced with their final state (a later row of the chunk may have merged into one); their
        // first stage (POTENTIAL, implied by "created") is recorded in the lifecycle history, not announced separately:
        // that halves the events a large import puts through the outbox relay
        for (Contact c : created) {
            events.add(ContactEvents.createdEvent(c, null, null, false));
        }
        return store.insertContacts(connection, created)
                .chain(() -> store.insertLifecycleStarts(connection, created, LIFECYCLE_REASON))
                .chain(() -> store.updateMerged(connection, List.copyOf(merged.values())))
                .chain(() -> store.insertAudit(connection, audit))
                .chain(() -> outbox.appendAll(connection, events));
    }

    private static void addIfSet(Set<UUID> ids, UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }
}
