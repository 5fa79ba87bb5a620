package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.events.contact.ContactSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The writable fields of a contact (create, and PATCH as a JSON merge patch over them). Owner, team, tier, stage,
 * status, revenue and timestamps are read-only here.
 */
public record ContactInput(
        @Size(max = 100) String givenName,
        @Size(max = 100) String familyName,
        @Size(max = 200) String displayName,
        @Size(max = 10) List<@NotNull @Size(max = 254) String> emails,
        @Size(max = 10) List<@NotNull @Size(max = 40) String> phones,
        UUID accountId,
        @Size(max = 200) String title,
        @Past LocalDate birthday,
        @Size(max = 100) String region,
        @Size(max = 2) String country,
        Contact.Channel preferredChannel,
        @Size(max = 4000) String preferences,
        @Size(max = 4000) String hiddenNeeds,
        ContactSource source,
        @Size(max = 30) List<@NotNull @Size(max = 50) String> tags,
        @Size(max = 100) String externalId) {

    /** The same input, keyed by {@code key} (an upsert's path wins over the body). */
    public ContactInput withExternalId(String key) {
        return new ContactInput(
                givenName,
                familyName,
                displayName,
                emails,
                phones,
                accountId,
                title,
                birthday,
                region,
                country,
                preferredChannel,
                preferences,
                hiddenNeeds,
                source,
                tags,
                key);
    }
}
