package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.events.contact.CustomerStatus;
import io.crmsuite.crm.events.contact.LifecycleStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact as the API shows it. */
public record ContactView(
        UUID id,
        String givenName,
        String familyName,
        String displayName,
        List<String> emails,
        List<String> phones,
        UUID accountId,
        String title,
        LocalDate birthday,
        String region,
        String country,
        Contact.Channel preferredChannel,
        String preferences,
        String hiddenNeeds,
        ContactSource source,
        String ownerId,
        String team,
        List<String> tags,
        CustomerStatus customerStatus,
        LifecycleStage lifecycleStage,
        ValueTierView value,
        boolean marketingConsent,
        String externalId,
        UUID leadId,
        Instant lastInteractionAt,
        Instant erasedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
