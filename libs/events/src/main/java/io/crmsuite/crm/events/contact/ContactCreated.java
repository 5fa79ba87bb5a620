package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact exists. After a lead conversion {@code leadId} and {@code conversionId} are set, and
 * {@code matchedExisting} tells that the conversion was matched to a contact that already existed. Phones in E.164.
 */
@CrmEvent(type = "crm.contact.created.v1", topic = Topics.CONTACTS)
public record ContactCreated(
        UUID contactId,
        UUID accountId,
        String ownerId,
        String team,
        List<String> emails,
        List<String> phones,
        UUID leadId,
        UUID conversionId,
        boolean matchedExisting,
        ContactSource source,
        Instant createdAt)
        implements EventPayload {

    public ContactCreated {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
