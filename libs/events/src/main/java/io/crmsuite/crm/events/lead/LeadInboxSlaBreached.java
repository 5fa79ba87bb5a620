package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead that no rule gave to anyone waited past its first-response deadline; escalated to {@code escalatedTo}: the
 * sales managers of its region, else of its team, else the administrators ({@code escalatedRole} says which).
 */
@CrmEvent(type = "crm.lead.inbox-sla-breached.v1", topic = Topics.LEADS)
public record LeadInboxSlaBreached(
        UUID leadId,
        String region,
        String team,
        LeadGrade grade,
        Instant dueAt,
        Instant breachedAt,
        List<String> escalatedTo,
        String escalatedRole)
        implements EventPayload {

    public LeadInboxSlaBreached {
        escalatedTo = escalatedTo == null ? List.of() : List.copyOf(escalatedTo);
    }

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
