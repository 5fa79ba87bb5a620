package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.events.contact.ContactErased;
import io.crmsuite.crm.rest.problem.ConflictException;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Erasure (right to be forgotten): personal data is anonymised in place in every table of this service — the contact,
 * its timeline and tasks, the personal values in its audit trail (and in the kept records of contacts merged into it),
 * the emails and phones (and reminded task titles) in its published events, and remembered API responses. Non-personal aggregates stay (stage,
 * tier, revenue, purchases, country, tags). The request itself is audited and {@code contact erased} announced.
 */
@ApplicationScoped
public class ErasureService {
    static final String ERASED = AuditTrail.ERASED;
    private static final List<String> SCRUB = List.of(
            "update interaction set summary = '" + ERASED + "' where contact_id = :id",
            "update follow_up_task set title = '" + ERASED + "' where contact_id = :id",
            "update consent set source = '" + ERASED + "' where contact_id = :id",
            "update audit_entry set old_value = case when old_value is null then null else '" + ERASED + "' end,"
                    + " new_value = case when new_value is null then null else '" + ERASED + "' end"
                    + " where (record_id = :id and action <> 'erased' and (field is null or field not in"
                    + " ('lifecycleStage', 'valueTier', 'ownerId', 'team', 'accountId')))"
                    + " or (action = 'merged-away' and record_id in (select cast(new_value as uuid) from audit_entry"
                    + " where record_id = :id and action = 'merged'))",
            "update crm_outbox set payload = (cast(payload as jsonb) || cast('{\"emails\":[],\"phones\":[]}' as jsonb))"
                    + " ::text where event_key = :key and type in ('crm.contact.created.v1', 'crm.contact.updated.v1')",
            "update crm_outbox set payload = jsonb_set(cast(payload as jsonb), '{contact}', (cast(payload as jsonb)"
                    + " -> 'contact') || cast('{\"givenName\":null,\"familyName\":null,\"displayName\":\"" + ERASED
                    + "\",\"emails\":[],\"phones\":[],\"title\":null,\"birthday\":null,\"externalId\":null}'"
                    + " as jsonb))::text where event_key = :key and type in ('crm.contact.created.v2',"
                    + " 'crm.contact.updated.v2')",
            "update crm_outbox set payload = (cast(payload as jsonb) || cast('{\"source\":\"" + ERASED
                    + "\"}' as jsonb))::text where event_key = :key and type = 'crm.contact.consent-changed.v1'",
            "update crm_outbox set payload = (cast(payload as jsonb) || cast('{\"title\":\"" + ERASED
                    + "\"}' as jsonb))"
                    + " ::text where event_key = :key and type = 'crm.contact.task-reminder-due.v1'",
            "delete from crm_idempotency_keys where response_body like :pattern");

    private final ContactRepository contacts;
    private final AuditTrail audit;
    private final ContactEvents events;

    public ErasureService(ContactRepository contacts, AuditTrail audit, ContactEvents events) {
        this.contacts = contacts;
        this.audit = audit;
        this.events = events;
    }

    @WithTransaction
    public Uni<Contact> erase(UUID id, CurrentUser user, Actor actor) {
        return contacts.findInScope(id, ContactAccess.write(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id))
                .chain(contact -> {
                    if (contact.erasedAt != null) {
                        throw new ConflictException("already-erased", "The contact was already erased.", Map.of());
                    }
                    return erase(contact, UUID.randomUUID(), actor).replaceWith(contact);
                });
    }

    /**
     * Erases a loaded contact in the caller's transaction as part of the request {@code requestId}: personal data
     * anonymised in place and scrubbed from its trail, events and remembered responses, the erasure audited and
     * {@code contact erased} announced.
     */
    public Uni<Void> erase(Contact contact, UUID requestId, Actor actor) {
        UUID id = contact.id;
        anonymise(contact);
        return scrub(id)
                .chain(contacts::flush)
                .chain(() -> audit.action(RecordTypes.CONTACT, id, "erased", "request " + requestId, actor))
                .chain(() -> events.append(new ContactErased(id, requestId, contact.erasedAt)));
    }

    private static void anonymise(Contact c) {
        c.givenName = null;
        c.familyName = null;
        c.displayName = "Erased contact";
        c.nameKey = "";
        c.emails = new String[0];
        c.phones = new String[0];
        c.title = null;
        c.birthday = null;
        c.region = null;
        c.preferredChannel = null;
        c.preferences = null;
        c.hiddenNeeds = null;
        c.externalId = null;
        c.marketingConsent = false;
        c.searchText = "";
        c.erasedAt = Instant.now();
        c.updatedAt = c.erasedAt;
    }

    private Uni<Void> scrub(UUID id) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String sql : SCRUB) {
            chain = chain.chain(() -> Panache.getSession()
                    .chain(s -> {
                        var query = s.createNativeQuery(sql);
                        if (sql.contains(":pattern")) {
                            query.setParameter("pattern", "%" + id + "%");
                        } else if (sql.contains(":key")) {
                            query.setParameter("key", id.toString());
                        } else {
                            query.setParameter("id", id);
                        }
                        return query.executeUpdate();
                    })
                    .replaceWithVoid());
        }
        return chain;
    }
}
