package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A contact moved between lifecycle stages ({@code from} is null for the first stage); {@code status} follows. */
@CrmEvent(type = "crm.contact.lifecycle-changed.v1", topic = Topics.CONTACTS)
public record ContactLifecycleChanged(
        UUID contactId, LifecycleStage from, LifecycleStage to, CustomerStatus status, String reason, Instant changedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
