package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A duplicate ({@code mergedId}) was merged into {@code survivorId} and no longer exists. Keyed by the merged
 * contact, so it arrives after every earlier event of that contact; consumers re-point their references.
 */
@CrmEvent(type = "crm.contact.merged.v1", topic = Topics.CONTACTS)
public record ContactMerged(UUID survivorId, UUID mergedId, String mergedBy, Instant mergedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return mergedId.toString();
    }
}
