package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact exists, with its whole state ({@link ContactSnapshot}). After a lead conversion {@code leadId} and
 * {@code conversionId} are set, and {@code matchedExisting} tells that the conversion matched a contact that already
 * existed. Replaces {@code crm.contact.created.v1}, which carried ids, emails and phones only.
 */
@CrmEvent(type = "crm.contact.created.v2", topic = Topics.CONTACTS)
public record ContactCreatedV2(
        UUID contactId,
        long version,
        UUID leadId,
        UUID conversionId,
        boolean matchedExisting,
        ContactSource source,
        Instant createdAt,
        ContactSnapshot contact)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
