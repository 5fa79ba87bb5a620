package io.crmsuite.crm.events.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contact's state as marketing, loyalty and service need it, carried whole by {@code contact created} and
 * {@code contact updated} v2 so that a consumer keeps a read model without calling back: names, emails and phones
 * (E.164), account, title, birthday, region, country, preferred channel, tags, consent per channel and purpose,
 * lifecycle stage, customer status, ABC tier, marketing consent, owner and team, last interaction and purchase.
 */
public record ContactSnapshot(
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
        ContactChannel preferredChannel,
        List<String> tags,
        List<ConsentState> consents,
        LifecycleStage lifecycleStage,
        CustomerStatus customerStatus,
        ValueTier valueTier,
        boolean marketingConsent,
        String ownerId,
        String team,
        Instant lastInteractionAt,
        Instant lastPurchaseAt,
        String externalId) {

    public ContactSnapshot {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
        consents = List.copyOf(consents);
    }
}
