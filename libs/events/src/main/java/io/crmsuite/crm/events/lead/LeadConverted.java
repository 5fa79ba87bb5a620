package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A qualified lead is handed over: the contact service creates (or matches) the contact and account, the opportunity
 * service opens the deal. {@code conversionId} correlates the results ({@code crm.contact.created.v1}) with this
 * conversion. Carries personal data because its consumers need it.
 */
@CrmEvent(type = "crm.lead.converted.v1", topic = Topics.LEADS)
public record LeadConverted(
        UUID leadId,
        UUID conversionId,
        UUID existingContactId,
        UUID existingAccountId,
        ConvertedContact contact,
        ConvertedAccount account,
        String ownerId,
        String team,
        ConvertedOpportunity opportunity,
        LeadSource source,
        UUID campaignId,
        String convertedBy,
        Instant convertedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
