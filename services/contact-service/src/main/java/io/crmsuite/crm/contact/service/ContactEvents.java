package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.events.contact.ContactCreated;
import io.crmsuite.crm.events.contact.ContactUpdated;
import io.crmsuite.crm.messaging.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The contact events, appended to the outbox in the transaction of the change. */
@ApplicationScoped
public class ContactEvents {
    private final Outbox outbox;

    public ContactEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> created(Contact c, UUID conversionId, boolean matchedExisting) {
        return created(c, c.leadId, conversionId, matchedExisting);
    }

    /** {@code contact created}; after a lead conversion it names the lead, also when an existing contact matched. */
    public Uni<Void> created(Contact c, UUID leadId, UUID conversionId, boolean matchedExisting) {
        return outbox.append(createdEvent(c, leadId, conversionId, matchedExisting))
                .replaceWithVoid();
    }

    /** The {@code contact created} event of a contact (the import appends these in batches). */
    static ContactCreated createdEvent(Contact c, UUID leadId, UUID conversionId, boolean matchedExisting) {
        return new ContactCreated(
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
                c.createdAt);
    }

    /** {@code version} is the version the row has after this change is flushed. */
    public Uni<Void> updated(Contact c, List<String> changedFields, long version) {
        if (changedFields.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return outbox.append(new ContactUpdated(
                        c.id, version, changedFields, List.of(c.emails), List.of(c.phones), Instant.now()))
                .replaceWithVoid();
    }

    public Uni<Void> append(io.crmsuite.crm.events.EventPayload event) {
        return outbox.append(event).replaceWithVoid();
    }
}
