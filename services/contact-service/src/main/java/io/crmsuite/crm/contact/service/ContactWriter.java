package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.security.ScopeClause;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The write path every door shares (API, import, lead conversion): dedupe, insert or merge, audit, lifecycle, events.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ContactWriter {
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final ContactMapper mapper;
    private final DuplicateFinder duplicates;
    private final AuditTrail audit;
    private final LifecycleService lifecycle;
    private final ContactEvents events;

    public ContactWriter(
            ContactRepository contacts,
            AccountRepository accounts,
            ContactMapper mapper,
            DuplicateFinder duplicates,
            AuditTrail audit,
            LifecycleService lifecycle,
            ContactEvents events) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.mapper = mapper;
        this.duplicates = duplicates;
        this.audit = audit;
        this.lifecycle = lifecycle;
        this.events = events;
    }

    public ContactEvents events() {
        return events;
    }

    /** Inserts the contact unless it duplicates one: then 409 (reject), or merges into the best visible candidate. */
    public Uni<ContactService.Created> createDeduplicated(
            Contact contact,
            String accountName,
            ContactService.OnDuplicate mode,
            ScopeClause visibleSql,
            Actor actor,
            UUID conversionId) {
        contact.refreshDerived(accountName);
        if (mode == ContactService.OnDuplicate.ALLOW) {
            return insert(contact, actor, conversionId).map(c -> new ContactService.Created(c, true));
        }
        return duplicates.find(contact, visibleSql).chain(found -> {
            if (found.isEmpty()) {
                return insert(contact, actor, conversionId).map(c -> new ContactService.Created(c, true));
            }
            if (mode == ContactService.OnDuplicate.MERGE && !found.visible().isEmpty()) {
                return mergeInto(found.visible().getFirst().contactId(), contact, actor)
                        .map(c -> new ContactService.Created(c, false));
            }
            throw new ConflictException(
                    "duplicate-contact",
                    "The contact looks like an existing one; pass onDuplicate=merge or onDuplicate=allow.",
                    Map.of("candidates", found.visible(), "hiddenCandidates", found.hidden()));
        });
    }

    public Uni<Contact> insert(Contact contact, Actor actor, UUID conversionId) {
        Instant now = Instant.now();
        contact.createdAt = now;
        contact.updatedAt = now;
        // sets the first stage now, records its history once the row exists
        Uni<Void> started = lifecycle.start(contact, contact.leadId != null ? "converted from lead" : "created");
        return requireFreeExternalId(contact)
                .chain(() -> contacts.persist(contact))
                .chain(contacts::flush)
                .chain(() -> started)
                .chain(() -> audit.action(RecordTypes.CONTACT, contact.id, "created", contact.source.name(), actor))
                .chain(() -> events.created(contact, conversionId, false))
                .replaceWith(contact);
    }

    /** Fills the existing contact's empty fields from the incoming data and unites emails, phones and tags. */
    public Uni<Contact> mergeInto(UUID existingId, Contact incoming, Actor actor) {
        return contacts.findById(existingId).chain(existing -> {
            Map<String, String> before = mapper.snapshot(existing);
            Contact copy = incoming;
            copy.externalId = existing.externalId != null ? null : incoming.externalId;
            ContactMerger.fillFrom(existing, copy);
            return accountName(existing.accountId)
                    .chain(name -> {
                        existing.refreshDerived(name);
                        return saveChanges(existing, before, "merged-input", actor);
                    })
                    .replaceWith(existing);
        });
    }

    /** Audits the changed fields, bumps the version and announces {@code contact updated}. */
    public Uni<Void> saveChanges(Contact contact, Map<String, String> before, String action, Actor actor) {
        Map<String, String> after = mapper.snapshot(contact);
        List<String> changed = ContactMapper.changed(before, after);
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        contact.updatedAt = Instant.now();
        return contacts.flush()
                .chain(() -> audit.changes(RecordTypes.CONTACT, contact.id, action, before, after, actor))
                .chain(() -> events.updated(contact, changed, contact.version));
    }

    public Uni<String> accountName(UUID accountId) {
        return accountId == null
                ? Uni.createFrom().nullItem()
                : accounts.findById(accountId).map(a -> a == null ? null : a.name);
    }

    private Uni<Void> requireFreeExternalId(Contact contact) {
        if (contact.externalId == null) {
            return Uni.createFrom().voidItem();
        }
        return contacts.findByExternalId(contact.externalId).map(existing -> {
            if (existing != null) {
                throw new ConflictException(
                        "external-id-taken", "Another contact has this externalId.", Map.of("contactId", existing.id));
            }
            return null;
        });
    }
}
