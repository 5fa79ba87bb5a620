package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

@CrmEvent(type = "crm.lead.status-changed.v1", topic = Topics.LEADS)
public record LeadStatusChanged(
        UUID leadId, LeadStatus from, LeadStatus to, String reason, String changedBy, Instant changedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
