package io.crmsuite.crm.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** One rendered Kubernetes object. */
record Manifest(JsonNode node) {

    String apiVersion() {
        return node.path("apiVersion").asText();
    }

    String kind() {
        return node.path("kind").asText();
    }

    String name() {
        return node.path("metadata").path("name").asText();
    }

    /** "Kind/name", for messages. */
    String id() {
        return kind() + "/" + name();
    }

    JsonNode at(String pointer) {
        return node.at(pointer);
    }

    Map<String, String> labels() {
        return strings(node.path("metadata").path("labels"));
    }

    static Map<String, String> strings(JsonNode map) {
        Map<String, String> result = new TreeMap<>();
        map.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }
}
