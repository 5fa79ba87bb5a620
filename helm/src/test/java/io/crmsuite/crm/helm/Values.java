package io.crmsuite.crm.helm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Helm's way of layering values files, and the list of leaf keys of a values tree. */
final class Values {

    private Values() {}

    /** Merges overlay into base like Helm: maps merge key by key, anything else replaces, null deletes. */
    static void merge(ObjectNode base, JsonNode overlay) {
        for (Map.Entry<String, JsonNode> entry : overlay.properties()) {
            JsonNode current = base.get(entry.getKey());
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                base.remove(entry.getKey());
            } else if (current instanceof ObjectNode target && value.isObject()) {
                merge(target, value);
            } else {
                base.set(entry.getKey(), value.deepCopy());
            }
        }
    }

    /** Dotted paths of the leaves of a values tree: scalars, lists and empty maps. */
    static List<String> leafPaths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, List<String> paths) {
        if (!node.isObject() || node.isEmpty()) {
            paths.add(prefix);
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            collect(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), paths);
        }
    }
}
