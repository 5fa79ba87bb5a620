package io.crmsuite.crm.contact.domain;

/** How a person's identifiers are shown where they must not be kept in clear (an erasure request's subject). */
public final class Masking {
    private Masking() {}

    /** {@code wei.zhang@example.com} → {@code w***@example.com}. */
    public static String email(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** {@code +8613800138000} → {@code +86*******8000}: the country code and the last four digits. */
    public static String phone(String phone) {
        if (phone.length() <= 7) {
            return "***";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
