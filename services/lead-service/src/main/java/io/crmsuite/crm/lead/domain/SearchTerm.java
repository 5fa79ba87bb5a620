package io.crmsuite.crm.lead.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code LIKE} pattern of a free-text search over a lead's search text (name, company and email in lower case, the
 * phone's digits): "contains", case-insensitive, wildcards in the term matched literally. A term that looks like a
 * phone number (digits with spaces, dashes, dots, brackets or a plus, at least five digits) is searched by its digits,
 * so that {@code 138 0013 8000} finds {@code +8613800138000}.
 */
public final class SearchTerm {
    private static final Pattern PHONE_LIKE = Pattern.compile("[+0-9 ().\\-]+");

    private SearchTerm() {}

    public static String pattern(String q) {
        String term = q.strip().toLowerCase(Locale.ROOT);
        String digits = term.replaceAll("[^0-9]", "");
        if (PHONE_LIKE.matcher(term).matches() && digits.length() >= 5) {
            term = digits;
        }
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
