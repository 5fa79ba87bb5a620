package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * lead-service carried out an erasure request ({@code crm.contact.erasure-requested.v1}): how many leads of the person
 * it anonymised (0 when it held none). Subject and key: the request id.
 */
@CrmEvent(type = "crm.lead.erasure-completed.v1", topic = Topics.LEADS)
public record LeadErasureCompleted(UUID requestId, int leadsErased, Instant completedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return requestId.toString();
    }
}
