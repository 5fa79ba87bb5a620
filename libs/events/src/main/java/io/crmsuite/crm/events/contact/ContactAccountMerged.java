package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A duplicate account ({@code mergedId}) was merged into {@code survivorId} and no longer exists; its contacts and
 * child accounts now belong to the survivor. Keyed by the merged account; consumers re-point their account references.
 */
@CrmEvent(type = "crm.contact.account-merged.v1", topic = Topics.CONTACTS)
public record ContactAccountMerged(UUID survivorId, UUID mergedId, String mergedBy, Instant mergedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return mergedId.toString();
    }
}
