package io.crmsuite.crm.contact.domain;

import java.util.Locale;

/**
 * Name rules: trimmed, inner whitespace collapsed; the display name puts the family name first without a space when
 * either part is written in Han characters ("张伟"), else given then family ("Wei Zhang" stays as entered order: given
 * family). The name key (lower case, single spaces) is what fuzzy duplicate matching compares.
 */
public final class PersonNames {
    private PersonNames() {}

    /** Trimmed with collapsed whitespace; null when blank. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    public static String displayName(String givenName, String familyName) {
        String given = clean(givenName);
        String family = clean(familyName);
        if (given == null) {
            return family;
        }
        if (family == null) {
            return given;
        }
        if (isHan(given) || isHan(family)) {
            return family + given;
        }
        return given + " " + family;
    }

    /** The comparison form of a name: lower case, single spaces, name parts sorted so that word order does not matter. */
    public static String key(String displayName) {
        String cleaned = clean(displayName);
        if (cleaned == null) {
            return "";
        }
        String[] parts = cleaned.toLowerCase(Locale.ROOT).split(" ");
        java.util.Arrays.sort(parts);
        return String.join(" ", parts);
    }

    static boolean isHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
