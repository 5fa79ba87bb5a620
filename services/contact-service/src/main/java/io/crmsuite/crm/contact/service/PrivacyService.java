package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.audit.Actor;
import io.crmsuite.crm.audit.AuditTrail;
import io.crmsuite.crm.contact.domain.Consent;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.RecordTypes;
import io.crmsuite.crm.contact.repository.ContactRepository;
import io.crmsuite.crm.contact.rest.ConsentInput;
import io.crmsuite.crm.events.contact.ConsentPurpose;
import io.crmsuite.crm.events.contact.ConsentStatus;
import io.crmsuite.crm.events.contact.ContactChannel;
import io.crmsuite.crm.events.contact.ContactConsentChanged;
import io.crmsuite.crm.rest.problem.ResourceNotFoundException;
import io.crmsuite.crm.security.CurrentUser;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Consent per channel and purpose; the marketing flag that marketers' visibility depends on follows it. */
@ApplicationScoped
public class PrivacyService {
    private final ContactRepository contacts;
    private final AuditTrail audit;
    private final ContactEvents events;

    public PrivacyService(ContactRepository contacts, AuditTrail audit, ContactEvents events) {
        this.contacts = contacts;
        this.audit = audit;
        this.events = events;
    }

    @WithSession
    public Uni<List<Consent>> consents(UUID id, CurrentUser user) {
        return contacts.findInScope(id, ContactAccess.readContacts(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id))
                .chain(c -> Panache.getSession().chain(s -> s.createQuery(
                                "from Consent where contactId = :id order by channel, purpose", Consent.class)
                        .setParameter("id", id)
                        .getResultList()));
    }

    @WithTransaction
    public Uni<Consent> record(UUID id, ConsentInput input, CurrentUser user, Actor actor) {
        return contacts.findInScope(id, ContactAccess.write(user))
                .onItem()
                .ifNull()
                .failWith(() -> ResourceNotFoundException.of("Contact", id))
                .chain(contact -> Panache.getSession().chain(s -> s.createQuery(
                                "from Consent where contactId = :id and channel = :channel and purpose = :purpose",
                                Consent.class)
                        .setParameter("id", id)
                        .setParameter("channel", input.channel())
                        .setParameter("purpose", input.purpose())
                        .getSingleResultOrNull()
                        .chain(existing -> save(s, contact, existing, input, actor))));
    }

    private Uni<Consent> save(
            org.hibernate.reactive.mutiny.Mutiny.Session s,
            Contact contact,
            Consent existing,
            ConsentInput input,
            Actor actor) {
        Consent consent = existing != null ? existing : new Consent();
        String old = existing == null ? null : existing.status + " (" + existing.source + ")";
        Consent.Status previous = existing == null ? null : existing.status;
        if (existing == null) {
            consent.id = UUID.randomUUID();
            consent.contactId = contact.id;
            consent.channel = input.channel();
            consent.purpose = input.purpose();
        }
        consent.status = input.status();
        consent.source = input.source().strip();
        consent.legalBasis = input.legalBasis().strip();
        consent.recordedAt = Instant.now();
        String field = "consent." + input.channel() + "." + input.purpose();
        String now = consent.status + " (" + consent.source + ")";
        Uni<Void> persist =
                existing == null ? s.persist(consent) : Uni.createFrom().voidItem();
        return persist.chain(s::flush)
                .chain(() -> s.createQuery(
                                "select count(*) from Consent where contactId = :id and purpose = :purpose"
                                        + " and status = :granted",
                                Long.class)
                        .setParameter("id", contact.id)
                        .setParameter("purpose", Consent.Purpose.MARKETING)
                        .setParameter("granted", Consent.Status.GRANTED)
                        .getSingleResult())
                .chain(granted -> {
                    Map<String, String> before = Map.of("marketingConsent", Boolean.toString(contact.marketingConsent));
                    contact.marketingConsent = granted > 0;
                    return audit.changes(
                                    RecordTypes.CONTACT,
                                    contact.id,
                                    "consent",
                                    Map.of(field, String.valueOf(old)),
                                    Map.of(field, now),
                                    actor)
                            .chain(() -> before.get("marketingConsent")
                                            .equals(Boolean.toString(contact.marketingConsent))
                                    ? Uni.createFrom().voidItem()
                                    : audit.changes(
                                            RecordTypes.CONTACT,
                                            contact.id,
                                            "consent",
                                            before,
                                            Map.of("marketingConsent", Boolean.toString(contact.marketingConsent)),
                                            actor))
                            .chain(() -> announce(s, contact, consent, previous, actor));
                })
                .replaceWith(consent);
    }

    /**
     * {@code consent changed}, and {@code contact updated} with the contact's new state: a consent decision is a change
     * of the contact (its version grows), so a read model of snapshots sees it too.
     */
    private Uni<Void> announce(
            org.hibernate.reactive.mutiny.Mutiny.Session s,
            Contact contact,
            Consent consent,
            Consent.Status previous,
            Actor actor) {
        contact.updatedAt = consent.recordedAt;
        List<String> changed = List.of("consents");
        return s.flush()
                .chain(() -> events.append(new ContactConsentChanged(
                        contact.id,
                        ContactChannel.valueOf(consent.channel.name()),
                        ConsentPurpose.valueOf(consent.purpose.name()),
                        ConsentStatus.valueOf(consent.status.name()),
                        previous == null ? null : ConsentStatus.valueOf(previous.name()),
                        consent.source,
                        consent.legalBasis,
                        contact.marketingConsent,
                        actor.name(),
                        consent.recordedAt)))
                .chain(() -> events.updated(contact, changed, contact.version));
    }
}
