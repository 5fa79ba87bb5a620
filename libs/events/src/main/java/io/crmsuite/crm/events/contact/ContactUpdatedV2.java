package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A contact changed: {@code changedFields} names what changed, {@code contact} is its whole state after the change
 * ({@link ContactSnapshot}); {@code version} grows with every change, so a read model drops an older state that
 * arrives late. Replaces {@code crm.contact.updated.v1}, which carried emails and phones only.
 */
@CrmEvent(type = "crm.contact.updated.v2", topic = Topics.CONTACTS)
public record ContactUpdatedV2(
        UUID contactId, long version, List<String> changedFields, Instant updatedAt, ContactSnapshot contact)
        implements EventPayload {

    public ContactUpdatedV2 {
        changedFields = List.copyOf(changedFields);
    }

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
