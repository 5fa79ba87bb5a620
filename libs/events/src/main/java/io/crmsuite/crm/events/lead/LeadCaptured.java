package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A new lead entered the system. Carries no personal data: consumers that need it ask the lead service. */
@CrmEvent(type = "crm.lead.captured.v1", topic = Topics.LEADS)
public record LeadCaptured(
        UUID leadId,
        LeadSource source,
        UUID campaignId,
        String region,
        String country,
        String industry,
        String submittedBy,
        Instant capturedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
