package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** An erasure request was carried out: every service anonymises what it holds about this contact. */
@CrmEvent(type = "crm.contact.erased.v1", topic = Topics.CONTACTS)
public record ContactErased(UUID contactId, UUID requestId, Instant erasedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
