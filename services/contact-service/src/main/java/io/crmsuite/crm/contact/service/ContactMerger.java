package io.crmsuite.crm.contact.service;

import io.crmsuite.crm.contact.domain.Contact;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The merge rule: the survivor keeps every non-empty field and takes the other's value where it has none; emails,
 * phones and tags are united (survivor's first); the better of the two tiers' figures is not merged here (purchases
 * move with the timeline and the tier is recomputed).
 */
public final class ContactMerger {
    private ContactMerger() {}

    public static void fillFrom(Contact survivor, Contact other) {
        survivor.givenName = first(survivor.givenName, other.givenName);
        survivor.familyName = first(survivor.familyName, other.familyName);
        survivor.accountId = survivor.accountId != null ? survivor.accountId : other.accountId;
        survivor.title = first(survivor.title, other.title);
        survivor.birthday = survivor.birthday != null ? survivor.birthday : other.birthday;
        survivor.region = first(survivor.region, other.region);
        survivor.country = first(survivor.country, other.country);
        survivor.preferredChannel =
                survivor.preferredChannel != null ? survivor.preferredChannel : other.preferredChannel;
        survivor.preferences = first(survivor.preferences, other.preferences);
        survivor.hiddenNeeds = first(survivor.hiddenNeeds, other.hiddenNeeds);
        survivor.externalId = first(survivor.externalId, other.externalId);
        survivor.leadId = survivor.leadId != null ? survivor.leadId : other.leadId;
        survivor.emails = union(survivor.emails, other.emails);
        survivor.phones = union(survivor.phones, other.phones);
        survivor.tags = union(survivor.tags, other.tags);
        survivor.marketingConsent = survivor.marketingConsent || other.marketingConsent;
        survivor.lastInteractionAt = latest(survivor.lastInteractionAt, other.lastInteractionAt);
    }

    private static String first(String mine, String theirs) {
        return mine != null && !mine.isBlank() ? mine : theirs;
    }

    private static String[] union(String[] mine, String[] theirs) {
        Set<String> all = new LinkedHashSet<>(Arrays.asList(mine));
        all.addAll(Arrays.asList(theirs));
        return all.toArray(String[]::new);
    }

    private static java.time.Instant latest(java.time.Instant a, java.time.Instant b) {
        return Stream.of(a, b)
                .filter(java.util.Objects::nonNull)
                .max(java.time.Instant::compareTo)
                .orElse(null);
    }
}
