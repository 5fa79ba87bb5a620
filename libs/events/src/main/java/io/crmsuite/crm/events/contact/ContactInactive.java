package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** No interaction with a contact for {@code quietDays}; {@code lastInteractionAt} is null if there never was one. */
@CrmEvent(type = "crm.contact.inactive.v1", topic = Topics.CONTACTS)
public record ContactInactive(
        UUID contactId, String ownerId, ValueTier tier, Instant lastInteractionAt, int quietDays, Instant detectedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
