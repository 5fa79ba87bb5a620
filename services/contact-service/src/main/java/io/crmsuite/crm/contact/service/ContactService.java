package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.repository.AccountRepository;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.ContactInput;
import io.crmsuite.crm.contact.rest.ContactMapper;
import io.crmsuite.crm.events.contact.ContactOwnerChanged;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.rest.etag.ETags;
import io.crmsuite.crm.rest.patch.JsonMergePatch;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Creating, changing and reassigning contacts: normalised, deduplicated, audited, announced. */
@ApplicationScoped
public class ContactService {
    private final ContactRepository contacts;
    private final AccountRepository accounts;
    private final ContactMapper mapper;
    private final JsonMergePatch patches;
    private final ContactWriter writer;

    public ContactService(
            ContactRepository contacts,
            AccountRepository accounts,
            ContactMapper mapper,
            JsonMergePatch patches,
            ContactWriter writer) {
        this.contacts = contacts;
        this.accounts = accounts;
        this.mapper = mapper;
        this.patches = patches;
        this.writer = writer;
    }

    public enum OnDuplicate {
        REJECT,
        MERGE,
        ALLOW
    }

    /** The outcome of a create: a new contact (created) or the existing one the input was merged into. */
    public record Created(Contact contact, boolean created) {}

    /** Must run inside a transaction (the resource's idempotency transaction). */
    public Uni<Created> create(ContactInput input, OnDuplicate onDuplicate, CurrentUser user, Actor actor) {
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        mapper.apply(input, contact);
        contact.ownerId = user.subject();
        contact.team = user.team();
        if (contact.source == null) {
            contact.source = ContactSource.MANUAL;
        }
        return requireAccount(contact.accountId, user)
                .chain(accountName -> writer.createDeduplicated(
                        contact, accountName, onDuplicate, ContactAccess.readContactsSql(user), actor, null));
    }

    /**
     * The upsert of integrations (an ERP or shop syncing its customers): creates the contact with this external id, or
     * replaces the writable fields of the one that has it. One that exists outside the caller's write scope is a 404,
     * like any record the caller may not see. Must run inside a transaction (the resource's idempotency transaction).
     */
    public Uni<Created> upsert(
            String externalId, ContactInput input, OnDuplicate onDuplicate, CurrentUser user, Actor actor) {
        ContactInput keyed = input.withExternalId(externalId);
        return contacts.findByExternalId(externalId).chain(existing -> {
            if (existing == null) {
                return create(keyed, onDuplicate, user, actor);
            }
            return contacts.findInScope(existing.id, ContactAccess.write(user))
                    .onItem()
                    .ifNull()
                    .failWith(() -> ResourceNotFoundException.of("Contact", externalId))
                    .chain(contact -> {
                        Map<String, String> before = mapper.snapshot(contact);
                        mapper.apply(keyed, contact);
                        return requireAccount(contact.accountId, user)
                                .chain(name -> {
                                    contact.refreshDerived(name);
                                    return writer.saveChanges(contact, before, "updated", actor);
                                })
                                .replaceWith(new Created(contact, false));
                    });
        });
    }

    @WithTransaction
    public Uni<Contact> update(UUID id, JsonNode patch, String ifMatch, CurrentUser user, Actor actor) {
        ETags.requirePresent(ifMatch);
        return contacts.findInScope(id, ContactAccess.write(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id))
                .chain(contact -> {
                    ETags.requireMatch(ifMatch, contact.version);
                    ContactInput merged = patches.apply(patch, mapper.toInput(contact), ContactInput.class);
                    Map<String, String> before = mapper.snapshot(contact);
                    mapper.apply(merged, contact);
                    return requireAccount(contact.accountId, user)
                            .chain(name -> {
                                contact.refreshDerived(name);
                                return writer.saveChanges(contact, before, "updated", actor);
                            })
                            .replaceWith(contact);
                });
    }

    /** A manager (their team) or an admin hands a contact to another owner. */
    @WithTransaction
    public Uni<Contact> reassign(UUID id, String ownerId, String team, CurrentUser user, Actor actor) {
        return contacts.findInScope(id, ContactAccess.write(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id))
                .chain(contact -> {
                    String newTeam = user.isAdmin() && team != null ? team : contact.team;
                    if (ownerId.equals(contact.ownerId) && java.util.Objects.equals(newTeam, contact.team)) {
                        throw new ConflictException("owner-unchanged", "The contact already has this owner.", Map.of());
                    }
                    Map<String, String> before = mapper.snapshot(contact);
                    String previous = contact.ownerId;
                    contact.ownerId = ownerId;
                    contact.team = newTeam;
                    return writer.saveChanges(contact, before, "owner-changed", actor)
                            .chain(() -> writer.events()
                                    .append(new ContactOwnerChanged(
                                            contact.id, previous, ownerId, newTeam, user.actor(), Instant.now())))
                            .replaceWith(contact);
                });
    }

    /** The account's name when the caller may link it; 400 for an account that does not exist or is not visible. */
    private Uni<String> requireAccount(UUID accountId, CurrentUser user) {
        if (accountId == null) {
            return Uni.createFrom().nullItem();
        }
        return accounts.findInScope(accountId, ContactAccess.readAccounts(user)).map(account -> {
            if (account == null) {
                throw InvalidRequestException.forField("accountId", "is not an account you can see");
            }
            return account.name;
        });
    }
}
