package io.crmsuite.crm.events.contact;

import io.crmsuite.crm.events.CrmEvent;
import io.crmsuite.crm.events.EventPayload;
import io.crmsuite.crm.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact's consent for one channel and purpose was recorded: its new and previous status (null for the first
 * decision), where it was given and on what legal basis, who recorded it, and whether the contact now consents to
 * marketing on any channel (what campaign audiences filter on).
 */
@CrmEvent(type = "crm.contact.consent-changed.v1", topic = Topics.CONTACTS)
public record ContactConsentChanged(
        UUID contactId,
        ContactChannel channel,
        ConsentPurpose purpose,
        ConsentStatus status,
        ConsentStatus previousStatus,
        String source,
        String legalBasis,
        boolean marketingConsent,
        String changedBy,
        Instant changedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
