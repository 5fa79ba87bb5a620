package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/** A lead got an owner, by an assignment rule or by hand (then without rule); the first-response clock starts. */
@CrmEvent(type = "crm.lead.assigned.v1", topic = Topics.LEADS)
public record LeadAssigned(
        UUID leadId,
        String ownerId,
        String team,
        UUID ruleId,
        String ruleName,
        Instant firstResponseDueAt,
        Instant assignedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
