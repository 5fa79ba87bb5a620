package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A lead got a (new) score: fit and engagement are 0-100, score = fit x 0.6 + engagement x 0.4. */
@CrmEvent(type = "crm.lead.scored.v1", topic = Topics.LEADS)
public record LeadScored(
        UUID leadId,
        int score,
        LeadGrade grade,
        int fit,
        int engagement,
        int modelVersion,
        List<ScoreReason> reasons,
        Instant scoredAt)
        implements EventPayload {

    public LeadScored {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
