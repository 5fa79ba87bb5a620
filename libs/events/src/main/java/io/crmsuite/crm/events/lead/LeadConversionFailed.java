package io.crmsuite.crm.events.lead;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversion ({@code crm.lead.converted.v1} with {@code conversionId}) was refused by the contact service, which
 * created nothing for it: the lead is back in the status it had and can be converted again once fixed (a new
 * conversion id). Consumers that acted on the conversion (the opportunity it asked for) undo or ignore it.
 */
@CrmEvent(type = "crm.lead.conversion-failed.v1", topic = Topics.LEADS)
public record LeadConversionFailed(
        UUID leadId,
        UUID conversionId,
        ConversionFailureReason reason,
        String message,
        List<ConversionProblem> errors,
        Instant failedAt)
        implements EventPayload {

    public LeadConversionFailed {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
