package io.crmsuite.crm.events.opportunity;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Money;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A deal closed won, with what was bought: the contact service records the purchase with its products, loyalty
 * accrues points (line items allow product exclusions), cross-sell learns from it. {@code amount} is the deal's total
 * (the sum of the lines when it has lines). Replaces {@code crm.opportunity.won.v1}.
 */
@CrmEvent(type = "crm.opportunity.won.v2", topic = Topics.OPPORTUNITIES)
public record OpportunityWonV2(
        UUID opportunityId,
        UUID contactId,
        UUID accountId,
        String ownerId,
        String team,
        Money amount,
        List<WonLineItem> lineItems,
        UUID leadId,
        boolean renewal,
        Instant wonAt)
        implements EventPayload {

    public OpportunityWonV2 {
        lineItems = List.copyOf(lineItems);
    }

    @Override
    public String aggregateId() {
        return opportunityId.toString();
    }
}
