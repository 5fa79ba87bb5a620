package io.crmsuite.crm.contact.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL {@code pg_trgm}'s {@code similarity(a, b)} in Java, so that an import can compare the names of rows that
 * are not stored yet (rows of the same chunk) exactly as the database compares stored ones: words are the runs of
 * letters and digits, lower-cased and padded with two blanks in front and one behind; similarity = shared trigrams /
 * (trigrams of a + trigrams of b − shared), 0 when either side has none.
 */
public final class NameTrigrams {
    private NameTrigrams() {}

    public static double similarity(String a, String b) {
        Set<String> left = trigrams(a);
        Set<String> right = trigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String trigram : left) {
            if (right.contains(trigram)) {
                shared++;
            }
        }
        // pg_trgm computes in float4
        return (float) shared / (float) (left.size() + right.size() - shared);
    }

    static Set<String> trigrams(String text) {
        Set<String> result = new HashSet<>();
        if (text == null) {
            return result;
        }
        int[] chars = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        int i = 0;
        while (i < chars.length) {
            if (!Character.isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < chars.length && Character.isLetterOrDigit(chars[i])) {
                i++;
            }
            int[] padded = new int[i - start + 3];
            padded[0] = ' ';
            padded[1] = ' ';
            System.arraycopy(chars, start, padded, 2, i - start);
            padded[padded.length - 1] = ' ';
            for (int j = 0; j + 3 <= padded.length; j++) {
                result.add(new String(padded, j, 3));
            }
        }
        return result;
    }
}
