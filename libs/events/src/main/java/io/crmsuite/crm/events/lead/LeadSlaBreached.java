package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** The owner did not respond by the first-response deadline; {@code reassignedTo} is set when the lead moved on. */
@CrmEvent(type = "crm.lead.sla-breached.v1", topic = Topics.LEADS)
public record LeadSlaBreached(
        UUID leadId,
        String ownerId,
        String team,
        LeadGrade grade,
        Instant dueAt,
        Instant breachedAt,
        String reassignedTo)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
