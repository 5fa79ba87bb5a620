package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.contact.ConsentPurpose;
import io.crmsuite.crm.events.contact.ConsentState;
import io.crmsuite.crm.events.contact.ConsentStatus;
import io.crmsuite.crm.events.contact.ContactChannel;
import io.crmsuite.crm.events.contact.ContactCreated;
import io.crmsuite.crm.events.contact.ContactCreatedV2;
import io.crmsuite.crm.events.contact.ContactSnapshot;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.events.contact.ContactUpdatedV2;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.crmsuite.crm.persistence.SetStatements;
import io.crmsuite.crm.persistence.Sql;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contact events, appended to the outbox in the transaction of the change. {@code contact created} and
 * {@code contact updated} carry the contact's whole state (v2, {@link ContactSnapshot}), its consents included; v1 is
 * published as well only when {@code crm.contact.events.publish-v1} is set.
 */
@ApplicationScoped
public class ContactEvents {
    private final Outbox outbox;
    private final boolean publishV1;

    public ContactEvents(Outbox outbox, ContactSettings settings) {
        this.outbox = outbox;
        this.publishV1 = settings.events().publishV1();
    }

    public Uni<Void> created(Contact c, UUID conversionId, boolean matchedExisting) {
        return created(c, c.leadId, conversionId, matchedExisting);
    }

    /** {@code contact created}; after a lead conversion it names the lead, also when an existing contact matched. */
    public Uni<Void> created(Contact c, UUID leadId, UUID conversionId, boolean matchedExisting) {
        // a new contact has no consent yet; one matched by a conversion may have
        Uni<Map<UUID, List<ConsentState>>> consents =
                matchedExisting ? consentsOf(List.of(c.id)) : Uni.createFrom().item(Map.of());
        return consents.chain(known -> outbox.append(
                createdEvents(c, leadId, conversionId, matchedExisting, known.getOrDefault(c.id, List.of()))));
    }

    /** The {@code contact created} events of a contact (the import appends these in batches). */
    List<EventPayload> createdEvents(
            Contact c, UUID leadId, UUID conversionId, boolean matchedExisting, List<ConsentState> consents) {
        ContactCreatedV2 v2 = new ContactCreatedV2(
                c.id, c.version, leadId, conversionId, matchedExisting, c.source, c.createdAt, snapshot(c, consents));
        if (!publishV1) {
            return List.of(v2);
        }
        return List.of(
                new ContactCreated(
                        c.id,
                        c.accountId,
                        c.ownerId,
                        c.team,
                        List.of(c.emails),
                        List.of(c.phones),
                        leadId,
                        conversionId,
                        matchedExisting,
                        c.source,
                        c.createdAt),
                v2);
    }

    /** {@code version} is the version the row has after this change is flushed. */
    public Uni<Void> updated(Contact c, List<String> changedFields, long version) {
        if (changedFields.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return consentsOf(List.of(c.id))
                .chain(known -> outbox.append(
                        updatedEvents(c, changedFields, version, Instant.now(), known.getOrDefault(c.id, List.of()))));
    }

    /** The {@code contact updated} events of one change (the import appends these in batches). */
    List<EventPayload> updatedEvents(
            Contact c, List<String> changedFields, long version, Instant at, List<ConsentState> consents) {
        ContactUpdatedV2 v2 = new ContactUpdatedV2(c.id, version, changedFields, at, snapshot(c, consents));
        if (!publishV1) {
            return List.of(v2);
        }
        return List.of(new ContactUpdated(c.id, version, changedFields, List.of(c.emails), List.of(c.phones), at), v2);
    }

    /** The latest consent decisions of these contacts, per contact (one statement, in the caller's session). */
    public Uni<Map<UUID, List<ConsentState>>> consentsOf(Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return SetStatements.rows(
                        "select contact_id, channel, purpose, status, recorded_at from consent"
                                + " where contact_id = any(?1) order by contact_id, channel, purpose",
                        (Object) contactIds.toArray(UUID[]::new))
                .map(rows -> {
                    Map<UUID, List<ConsentState>> byContact = new HashMap<>();
                    for (Object[] row : rows) {
                        byContact
                                .computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                                .add(new ConsentState(
                                        ContactChannel.valueOf((String) row[1]),
                                        ConsentPurpose.valueOf((String) row[2]),
                                        ConsentStatus.valueOf((String) row[3]),
                                        Sql.instant(row[4])));
                    }
                    return byContact;
                });
    }

    /** The contact's state as the v2 events carry it. */
    static ContactSnapshot snapshot(Contact c, List<ConsentState> consents) {
        return new ContactSnapshot(
                c.givenName,
                c.familyName,
                c.displayName,
                List.of(c.emails),
                List.of(c.phones),
                c.accountId,
                c.title,
                c.birthday,
                c.region,
                c.country,
                c.preferredChannel == null ? null : ContactChannel.valueOf(c.preferredChannel.name()),
                List.of(c.tags),
                consents,
                c.lifecycleStage,
                c.customerStatus,
                c.valueTier,
                c.marketingConsent,
                c.ownerId,
                c.team,
                c.lastInteractionAt,
                c.lastPurchaseAt,
                c.externalId);
    }

    public Uni<Void> append(EventPayload event) {
        return outbox.append(event).replaceWithVoid();
    }
}
