package io.crmsuite.crm.lead.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Seniority read from a job title by keywords (English and Chinese), for the TITLE_SENIORITY fit rule. */
public enum Seniority {
    EXECUTIVE,
    DIRECTOR,
    MANAGER,
    STAFF,
    UNKNOWN;

    private static final List<Pattern> EXECUTIVE_WORDS = patterns(
            "\\bc[a-z]?o\\b",
            "chief",
            "president",
            "\\bvp\\b",
            "vice president",
            "founder",
            "owner",
            "总裁",
            "总经理",
            "董事");
    private static final List<Pattern> DIRECTOR_WORDS = patterns("director", "\\bhead\\b", "总监");
    private static final List<Pattern> MANAGER_WORDS = patterns("manager", "\\blead\\b", "经理", "主管");

    public static Seniority of(String title) {
        if (title == null || title.isBlank()) {
            return UNKNOWN;
        }
        String text = title.toLowerCase(Locale.ROOT);
        if (matches(EXECUTIVE_WORDS, text)) {
            return EXECUTIVE;
        }
        if (matches(DIRECTOR_WORDS, text)) {
            return DIRECTOR;
        }
        if (matches(MANAGER_WORDS, text)) {
            return MANAGER;
        }
        return STAFF;
    }

    private static boolean matches(List<Pattern> words, String text) {
        return words.stream().anyMatch(p -> p.matcher(text).find());
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
}
