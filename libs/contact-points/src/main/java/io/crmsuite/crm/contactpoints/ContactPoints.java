package io.crmsuite.crm.contactpoints;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalised email addresses and phone numbers: what duplicate detection, the contact read models and the events
 * compare. Every service uses this one class, so that a value normalised by one service matches the same value
 * normalised by another.
 */
public final class ContactPoints {
    /** Practical address check (local@domain.tld with well-formed labels); the mailbox is verified by sending. */
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
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return email.length() <= 254 && EMAIL.matcher(email).matches() ? Optional.of(email) : Optional.empty();
    }

    /**
     * E.164 ({@code +8613800138000}); a national number is read in {@code region} (ISO 3166 alpha-2, e.g. the record's
     * country or the service's default region). Empty when the number is not a valid one.
     */
    public static Optional<String> phone(String raw, String region) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        String country =
                region != null && region.strip().length() == 2 ? region.strip().toUpperCase(Locale.ROOT) : null;
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(raw.strip(), country);
            return PHONES.isValidNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
