package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Money;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** The ABC tiering put a contact in another tier ({@code from} is null the first time). */
@CrmEvent(type = "crm.contact.tier-changed.v1", topic = Topics.CONTACTS)
public record ContactTierChanged(
        UUID contactId, ValueTier from, ValueTier to, Money trailingRevenue, int purchaseCount, Instant computedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
