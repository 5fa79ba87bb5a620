package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact changed. {@code version} grows with every change, so read models can drop stale updates;
 * {@code changedFields} names what changed; emails and phones are the current values (for matching and dedupe).
 */
@CrmEvent(type = "crm.contact.updated.v1", topic = Topics.CONTACTS)
public record ContactUpdated(
        UUID contactId,
        long version,
        List<String> changedFields,
        List<String> emails,
        List<String> phones,
        Instant updatedAt)
        implements EventPayload {

    public ContactUpdated {
        changedFields = List.copyOf(changedFields);
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
    }

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
