package io.crmsuite.crm.lead.service;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Normalised email addresses and phone numbers: what duplicate detection and the contact read model compare. */
public final class ContactPoints {
    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private ContactPoints() {}

    /** Lower-case, trimmed; empty when the address is not plausible. */
    public static Optional<String> email(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String email = raw.trim().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /**
     * E.164 ({@code +8613800138000}); a national number is read in the lead's country (ISO 3166 alpha-2) when given.
     * Empty when the number is not a valid one.
     */
    public static Optional<String> phone(String raw, String country) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        String region =
                country != null && country.trim().length() == 2 ? country.trim().toUpperCase(Locale.ROOT) : null;
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(raw.trim(), region);
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
