package io.crmsuite.crm.helm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** Views of a rendered Deployment: its pod spec, its one container and that container's environment. */
record Workload(Manifest deployment) {

    static List<Workload> of(Manifests manifests) {
        return manifests.ofKind("Deployment").stream().map(Workload::new).toList();
    }

    /** The service name (app.kubernetes.io/name), e.g. lead-service. */
    String service() {
        return deployment.labels().get("app.kubernetes.io/name");
    }

    JsonNode pod() {
        return deployment.at("/spec/template/spec");
    }

    JsonNode container() {
        JsonNode containers = pod().path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(deployment.id() + " should have exactly one container, has " + containers.size());
        }
        return containers.get(0);
    }

    Map<String, String> selector() {
        return Manifest.strings(deployment.at("/spec/selector/matchLabels"));
    }

    List<JsonNode> envList() {
        return StreamSupport.stream(container().path("env").spliterator(), false)
                .toList();
    }

    /** Environment variables by name (the last one wins, like the kubelet). */
    Map<String, JsonNode> env() {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        envList().forEach(e -> env.put(e.path("name").asText(), e));
        return env;
    }

    /** The literal value of an environment variable, or null. */
    String envValue(String name) {
        JsonNode var = env().get(name);
        return var == null || !var.has("value") ? null : var.path("value").asText();
    }
}
