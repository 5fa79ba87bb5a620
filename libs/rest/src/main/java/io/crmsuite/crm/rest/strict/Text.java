package io.crmsuite.crm.rest.strict;

/**
 * Text a service refuses wherever it reads it (a body's strings, query and path parameters, the headers it reads): the
 * NUL character, which PostgreSQL cannot store (it would answer the write with an error), and invalid Unicode (a lone
 * UTF-16 surrogate, which no encoding can store faithfully).
 */
public final class Text {
    private Text() {}

    /** What is wrong with the text, as the message after the field's name; null when it is acceptable. */
    public static String defect(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "is not valid Unicode (an unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "is not valid Unicode (an unpaired surrogate)";
            }
        }
        return null;
    }
}
