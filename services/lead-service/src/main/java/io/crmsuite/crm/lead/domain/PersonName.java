package io.crmsuite.crm.lead.domain;

import io.crmsuite.crm.rest.problem.InvalidRequestException;

/** Given and family name of a lead's person for conversion: as requested, else split from the lead's name. */
public final class PersonName {
    private PersonName() {}

    /** {givenName, familyName}; 400 when a one-word Latin name cannot be split and none was given. */
    public static String[] split(String name, String given, String family) {
        if (given != null && !given.isBlank() && family != null && !family.isBlank()) {
            return new String[] {given.trim(), family.trim()};
        }
        String full = name.trim();
        int space = full.lastIndexOf(' ');
        if (space > 0) {
            return new String[] {full.substring(0, space).trim(), full.substring(space + 1)};
        }
        if (full.codePointCount(0, full.length()) >= 2 && Character.isIdeographic(full.codePointAt(0))) {
            int second = full.offsetByCodePoints(0, 1);
            return new String[] {full.substring(second), full.substring(0, second)}; // 王伟: family 王, given 伟
        }
        throw InvalidRequestException.forField(
                "familyName", "the lead's name has one word: give givenName and familyName for the contact");
    }
}
