package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.contact.config.ContactSettings;
import io.crmsuite.crm.contact.domain.Account;
import io.crmsuite.crm.contact.domain.Contact;
import io.crmsuite.crm.contact.domain.ContactNormaliser;
import io.crmsuite.crm.contact.domain.PersonNames;
import io.crmsuite.crm.events.contact.ContactSource;
import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The one place where API records and entities meet; input is normalised on the way in. */
@ApplicationScoped
public class ContactMapper {
    private final ContactNormaliser normaliser;
    private final String currency;

    public ContactMapper(ContactNormaliser normaliser, ContactSettings settings) {
        this.normaliser = normaliser;
        this.currency = settings.tier().currency();
    }

    /** Writes the normalised input into the contact; 400 listing every invalid field, before anything is changed. */
    public void apply(ContactInput in, Contact target) {
        List<FieldError> errors = new ArrayList<>();
        String given = PersonNames.clean(in.givenName());
        String family = PersonNames.clean(in.familyName());
        if (given == null && family == null) {
            errors.add(new FieldError("givenName", "a given or a family name is required"));
        }
        List<String> emails = normaliser.emails(in.emails(), "emails", errors);
        String country = normaliser.country(in.country(), "country", errors);
        List<String> phones = normaliser.phones(in.phones(), country, "phones", errors);
        List<String> tags = normaliser.tags(in.tags(), "tags", errors);
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(errors);
        }
        target.givenName = given;
        target.familyName = family;
        String display = PersonNames.clean(in.displayName());
        target.displayName = display != null ? display : PersonNames.displayName(given, family);
        target.emails = emails.toArray(String[]::new);
        target.phones = phones.toArray(String[]::new);
        target.accountId = in.accountId();
        target.title = PersonNames.clean(in.title());
        target.birthday = in.birthday();
        target.region = PersonNames.clean(in.region());
        target.country = country;
        target.preferredChannel = in.preferredChannel();
        target.preferences = blankToNull(in.preferences());
        target.hiddenNeeds = blankToNull(in.hiddenNeeds());
        target.source =
                in.source() != null ? in.source() : target.source != null ? target.source : ContactSource.MANUAL;
        target.tags = tags.toArray(String[]::new);
        target.externalId = PersonNames.clean(in.externalId());
    }

    public ContactInput toInput(Contact c) {
        return new ContactInput(
                c.givenName,
                c.familyName,
                Objects.equals(c.displayName, PersonNames.displayName(c.givenName, c.familyName))
                        ? null
                        : c.displayName,
                List.of(c.emails),
                List.of(c.phones),
                c.accountId,
                c.title,
                c.birthday,
                c.region,
                c.country,
                c.preferredChannel,
                c.preferences,
                c.hiddenNeeds,
                c.source,
                List.of(c.tags),
                c.externalId);
    }

    public ContactView toView(Contact c) {
        return new ContactView(
                c.id,
                c.givenName,
                c.familyName,
                c.displayName,
                List.of(c.emails),
                List.of(c.phones),
                c.accountId,
                c.title,
                c.birthday,
                c.region,
                c.country,
                c.preferredChannel,
                c.preferences,
                c.hiddenNeeds,
                c.source,
                c.ownerId,
                c.team,
                List.of(c.tags),
                c.customerStatus,
                c.lifecycleStage,
                new ValueTierView(c.valueTier, c.trailingRevenue, currency, c.purchaseCount, c.lastPurchaseAt),
                c.marketingConsent,
                c.externalId,
                c.leadId,
                c.lastInteractionAt,
                c.erasedAt,
                c.createdAt,
                c.updatedAt,
                c.version);
    }

    /** The audited fields of a contact as text, for field-by-field change records. */
    public Map<String, String> snapshot(Contact c) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("givenName", c.givenName);
        s.put("familyName", c.familyName);
        s.put("displayName", c.displayName);
        s.put("emails", String.join(",", c.emails));
        s.put("phones", String.join(",", c.phones));
        s.put("accountId", str(c.accountId));
        s.put("title", c.title);
        s.put("birthday", str(c.birthday));
        s.put("region", c.region);
        s.put("country", c.country);
        s.put("preferredChannel", str(c.preferredChannel));
        s.put("preferences", c.preferences);
        s.put("hiddenNeeds", c.hiddenNeeds);
        s.put("tags", String.join(",", c.tags));
        s.put("externalId", c.externalId);
        s.put("ownerId", c.ownerId);
        s.put("team", c.team);
        s.put("lifecycleStage", str(c.lifecycleStage));
        s.put("valueTier", str(c.valueTier));
        return s;
    }

    /** The fields whose value differs between two snapshots. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream()
                .filter(k -> !Objects.equals(before.get(k), after.get(k)))
                .toList();
    }

    public void apply(AccountInput in, Account target) {
        List<FieldError> errors = new ArrayList<>();
        String country = normaliser.country(in.country(), "country", errors);
        List<String> tags = normaliser.tags(in.tags(), "tags", errors);
        if (!errors.isEmpty()) {
            throw InvalidRequestException.validation(errors);
        }
        target.name = PersonNames.clean(in.name());
        target.nameKey = PersonNames.key(target.name);
        target.industry = PersonNames.clean(in.industry());
        target.region = PersonNames.clean(in.region());
        target.country = country;
        target.sizeBand = in.sizeBand();
        target.website = PersonNames.clean(in.website());
        target.parentId = in.parentId();
        target.tags = tags.toArray(String[]::new);
        target.externalId = PersonNames.clean(in.externalId());
    }

    public AccountInput toInput(Account a) {
        return new AccountInput(
                a.name,
                a.industry,
                a.region,
                a.country,
                a.sizeBand,
                a.website,
                a.parentId,
                Arrays.asList(a.tags),
                a.externalId);
    }

    public AccountView toView(Account a) {
        return new AccountView(
                a.id,
                a.name,
                a.industry,
                a.region,
                a.country,
                a.sizeBand,
                a.website,
                a.parentId,
                a.ownerId,
                a.team,
                List.of(a.tags),
                a.externalId,
                a.createdAt,
                a.updatedAt,
                a.version);
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
