package io.crmsuite.crm.events.opportunity;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Money;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A deal closed won: the contact service counts the purchase, loyalty accrues points. */
@CrmEvent(type = "crm.opportunity.won.v1", topic = Topics.OPPORTUNITIES)
public record OpportunityWon(
        UUID opportunityId,
        UUID contactId,
        UUID accountId,
        String ownerId,
        Money amount,
        UUID leadId,
        boolean renewal,
        Instant wonAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return opportunityId.toString();
    }
}
