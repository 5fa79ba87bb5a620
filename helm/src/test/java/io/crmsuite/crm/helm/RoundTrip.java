package io.crmsuite.crm.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Finds a value of a document that a model dropped or nulled while reading it. */
final class RoundTrip {

    private RoundTrip() {}

    /** JSON pointer of the first scalar of {@code input} missing or null in {@code output}, or null if none is. */
    static String firstLostValue(JsonNode input, JsonNode output) {
        return walk("", input, output);
    }

    private static String walk(String pointer, JsonNode input, JsonNode output) {
        if (input.isNull()) {
            return null;
        }
        if (output == null || output.isMissingNode() || output.isNull()) {
            return input.isContainerNode() && input.isEmpty() ? null : pointer;
        }
        if (input.isObject()) {
            for (Map.Entry<String, JsonNode> e : input.properties()) {
                String lost = walk(pointer + "/" + escape(e.getKey()), e.getValue(), output.get(e.getKey()));
                if (lost != null) {
                    return lost;
                }
            }
        } else if (input.isArray()) {
            for (int i = 0; i < input.size(); i++) {
                String lost = walk(pointer + "/" + i, input.get(i), output.get(i));
                if (lost != null) {
                    return lost;
                }
            }
        }
        return null;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
