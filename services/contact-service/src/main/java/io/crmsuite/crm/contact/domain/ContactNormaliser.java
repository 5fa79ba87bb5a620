package io.crmsuite.crm.contact.domain;

import io.crmsuite.crm.contactpoints.ContactPoints;
import io.crmsuite.crm.rest.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Standardisation of contact data: lower-cased emails, phones in E.164 (libphonenumber; a number without a country code
 * is read in the contact's country, or in the deployment's default country when the contact has none), ISO 3166-1
 * alpha-2 countries, trimmed tags. Each method adds a {@link FieldError} for
 * what it cannot accept, so one response lists every invalid field.
 */
public final class ContactNormaliser {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final String defaultRegion;

    public ContactNormaliser(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    public List<String> emails(List<String> raw, String field, List<FieldError> errors) {
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            Optional<String> email = ContactPoints.email(raw.get(i));
            if (email.isEmpty()) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a valid email address"));
            } else {
                result.add(email.get());
            }
        }
        return List.copyOf(result);
    }

    /** The phones in E.164, national numbers read in {@code country} (already normalised; null: the default). */
    public List<String> phones(List<String> raw, String country, String field, List<FieldError> errors) {
        String region = country != null ? country : defaultRegion;
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String e164 = ContactPoints.phone(raw.get(i), region).orElse(null);
            if (e164 == null) {
                errors.add(new FieldError(
                        field + "[" + i + "]",
                        "is not a valid phone number (a number without a country code is read in " + region + ")"));
            } else {
                result.add(e164);
            }
        }
        return List.copyOf(result);
    }

    /** E.164 form of a phone number read in the default country, or null when it is not a valid number. */
    public String phone(String raw) {
        return ContactPoints.phone(raw, defaultRegion).orElse(null);
    }

    public String country(String raw, String field, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            errors.add(new FieldError(field, "must be an ISO 3166-1 alpha-2 country code such as CN or DE"));
            return null;
        }
        return code;
    }

    public List<String> tags(List<String> raw, String field, List<FieldError> errors) {
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String tag = PersonNames.clean(raw.get(i));
            if (tag == null) {
                errors.add(new FieldError(field + "[" + i + "]", "must not be blank"));
            } else {
                result.add(tag.toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(result);
    }
}
