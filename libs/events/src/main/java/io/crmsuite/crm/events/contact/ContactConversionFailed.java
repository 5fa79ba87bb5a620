package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import io.crmsuite.crm.events.lead.ConversionFailureReason;
import io.crmsuite.crm.events.lead.ConversionProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The contact service's answer to a {@code crm.lead.converted.v1} it refuses: nothing was created for the conversion
 * {@code conversionId} (it answers a conversion it accepts with {@code crm.contact.created.v1}). Keyed by the lead: no
 * contact exists. lead-service puts the lead back and announces {@code crm.lead.conversion-failed.v1}.
 */
@CrmEvent(type = "crm.contact.conversion-failed.v1", topic = Topics.CONTACTS)
public record ContactConversionFailed(
        UUID leadId,
        UUID conversionId,
        ConversionFailureReason reason,
        String message,
        List<ConversionProblem> errors,
        Instant failedAt)
        implements EventPayload {

    public ContactConversionFailed {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    @Override
    public String aggregateId() {
        return leadId.toString();
    }
}
