package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Consent;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.FollowUpTask;
import io.crmsuite.crm.contact.domain.Interaction;
import io.crmsuite.crm.contact.domain.LifecycleChange;
import io.crmsuite.crm.contact.domain.Purchase;
import io.crmsuite.crm.contact.domain.PurchaseItem;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.contact.rest.PersonExport;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Export of everything this service holds about a person (the export itself is audited). */
@ApplicationScoped
public class ExportService {
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final AuditTrail auditEntries;
    private final AuditTrail audit;
    private final ContactMapper mapper;

    public ExportService(
            ContactRepository contacts,
            AccountRepository accounts,
            AuditTrail auditEntries,
            AuditTrail audit,
            ContactMapper mapper) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.auditEntries = auditEntries;
        this.audit = audit;
        this.mapper = mapper;
    }

    @WithTransaction
    public Uni<PersonExport> export(UUID id, CurrentUser user, Actor actor) {
        return contacts.findInScope(id, ContactAccess.readContacts(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id))
                .chain(contact ->
                        collect(contact).call(() -> audit.action(RecordTypes.CONTACT, id, "exported", null, actor)));
    }

    private Uni<PersonExport> collect(Contact c) {
        Uni<io.crmsuite.crm.contact.domain.Account> account =
                c.accountId == null ? Uni.createFrom().nullItem() : accounts.findById(c.accountId);
        return account.chain(a -> of(Interaction.class, "occurredAt", c.id)
                .chain(interactions -> of(FollowUpTask.class, "dueAt", c.id)
                        .chain(tasks -> of(Consent.class, "recordedAt", c.id)
                                .chain(consents -> of(Purchase.class, "purchasedAt", c.id)
                                        .chain(purchases -> itemsOf(c.id).map(items -> new Bought(purchases, items)))
                                        .chain(bought -> of(LifecycleChange.class, "changedAt", c.id)
                                                .chain(stages -> auditEntries
                                                        .forRecord(c.id)
                                                        .map(trail -> new PersonExport(
                                                                "crm-contact-export/v1",
                                                                Instant.now(),
                                                                mapper.toView(c),
                                                                a == null ? null : mapper.toView(a),
                                                                interactions,
                                                                tasks,
                                                                consents,
                                                                bought.purchases(),
                                                                bought.items(),
                                                                stages,
                                                                trail))))))));
    }

    private record Bought(List<Purchase> purchases, List<PurchaseItem> items) {}

    private static Uni<List<PurchaseItem>> itemsOf(UUID contactId) {
        return Panache.getSession().chain(s -> s.createQuery(
                        "from PurchaseItem where purchaseId in (select id from Purchase where contactId = :id)"
                                + " order by purchaseId, line",
                        PurchaseItem.class)
                .setParameter("id", contactId)
                .getResultList());
    }

    private static <T> Uni<List<T>> of(Class<T> type, String order, UUID contactId) {
        return Panache.getSession().chain(s -> s.createQuery(
                        "from " + type.getSimpleName() + " where contactId = :id order by " + order, type)
                .setParameter("id", contactId)
                .getResultList());
    }
}
