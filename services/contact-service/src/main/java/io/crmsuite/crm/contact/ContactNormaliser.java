package io.crmsuite.crm.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmsuite.crm.rest.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Standardisation of contact data: lower-cased emails, phones in E.164 (libphonenumber, read in the default region when
 * they carry no country code), ISO 3166-1 alpha-2 countries, trimmed tags. Each method adds a {@link FieldError} for
 * what it cannot accept, so one response lists every invalid field.
 */
public final class ContactNormaliser {
    /** Practical address check (local@domain.tld); the mailbox itself is verified by sending, not by syntax. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9-]{1,63})+$");

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    public ContactNormaliser(String defaultRegion) {
        this.defaultRegion = defaultRegion.toUpperCase(Locale.ROOT);
    }

    public List<String> emails(List<String> raw, String field, List<FieldError> errors) {
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String email = raw.get(i) == null ? "" : raw.get(i).strip().toLowerCase(Locale.ROOT);
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(new FieldError(field + "[" + i + "]", "is not a valid email address"));
            } else {
                result.add(email);
            }
        }
        return List.copyOf(result);
    }

    public List<String> phones(List<String> raw, String field, List<FieldError> errors) {
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; raw != null && i < raw.size(); i++) {
            String e164 = phone(raw.get(i));
            if (e164 == null) {
                errors.add(new FieldError(
                        field + "[" + i + "]", "is not a valid phone number (default region " + defaultRegion + ")"));
            } else {
                result.add(e164);
            }
        }
        return List.copyOf(result);
    }

    /** E.164 form of a phone number, or null when it is not a valid number. */
    public String phone(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return null;
        }
        try {
            Phonenumber.PhoneNumber number = phones.parse(raw.strip(), defaultRegion);
            return phones.isValidNumber(number) ? phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
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
