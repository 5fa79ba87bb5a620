package io.crmsuite.crm.contactpoints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a request names a person without a record id — an email, a phone, or both — normalised as every service stores
 * them ({@link ContactPoints}); {@code unreadable} says per field what could not be read.
 */
public record PersonKeys(List<String> emails, List<String> phones, Map<String, String> unreadable) {

    public PersonKeys {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        unreadable = Map.copyOf(unreadable);
    }

    /** National phone numbers are read in {@code defaultRegion} (ISO 3166-1 alpha-2). */
    public static PersonKeys of(String email, String phone, String defaultRegion) {
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<String> emails = email == null
                ? List.of()
                : ContactPoints.email(email).map(List::of).orElseGet(() -> {
                    unreadable.put("email", "is not an email address");
                    return List.of();
                });
        List<String> phones = phone == null
                ? List.of()
                : ContactPoints.phone(phone, defaultRegion).map(List::of).orElseGet(() -> {
                    unreadable.put("phone", "is not a phone number");
                    return List.of();
                });
        return new PersonKeys(emails, phones, unreadable);
    }
}
