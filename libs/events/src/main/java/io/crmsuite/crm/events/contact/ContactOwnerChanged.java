package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

@CrmEvent(type = "crm.contact.owner-changed.v1", topic = Topics.CONTACTS)
public record ContactOwnerChanged(
        UUID contactId, String previousOwnerId, String ownerId, String team, String changedBy, Instant changedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
