package io.crmsuite.crm.rest.etag;

import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/** A parsed If-Match header: {@code *} or a comma-separated list of (possibly weak) entity tags. */
record IfMatch(boolean any, List<String> opaqueTags) {
    private static final int MAX_TAGS = 32;

    boolean matches(String opaqueTag) {
        return any || opaqueTags.contains(opaqueTag);
    }

    static IfMatch parse(String header) {
        String value = header.trim();
        if (value.equals("*")) {
            return new IfMatch(true, List.of());
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            i = skipSeparators(value, i);
            if (i >= value.length()) {
                break;
            }
            if (value.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= value.length() || value.charAt(i) != '"') {
                throw malformed();
            }
            int end = value.indexOf('"', i + 1);
            if (end < 0) {
                throw malformed();
            }
            String tag = value.substring(i + 1, end);
            if (!tag.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7E) || c >= 0x80)) {
                throw malformed();
            }
            tags.add(tag);
            i = end + 1;
            int next = skipWhitespace(value, i);
            if (next < value.length() && value.charAt(next) != ',') {
                throw malformed();
            }
            i = next;
        }
        if (tags.isEmpty() || tags.size() > MAX_TAGS) {
            throw malformed();
        }
        return new IfMatch(false, List.copyOf(tags));
    }

    private static int skipSeparators(String value, int from) {
        int i = from;
        while (i < value.length() && (value.charAt(i) == ',' || value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipWhitespace(String value, int from) {
        int i = from;
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static InvalidRequestException malformed() {
        return InvalidRequestException.forField(
                ETags.IF_MATCH, "must be * or a list of entity tags such as \"7\" (with the quotes)");
    }
}
