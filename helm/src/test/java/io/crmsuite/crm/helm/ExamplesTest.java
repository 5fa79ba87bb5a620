package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The cluster-side examples of deploy/kubernetes.md (helm/examples) are valid and match the chart's defaults. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void everyExampleObjectParsesStrictly() throws IOException {
        List<JsonNode> objects = all();
        assertFalse(objects.isEmpty());
        objects.forEach(StrictModel::validate);
    }

    @Test
    void theKafkaExampleIsTheClusterAndListenerTheChartPointsAt() throws IOException {
        Map<String, JsonNode> byKind = byKind();
        JsonNode values = Chart.defaultValues();
        JsonNode production = Yaml.read(Scenario.PRODUCTION);
        String cluster = values.at("/kafka/strimzi/clusterName").asText();
        assertEquals(cluster, byKind.get("Kafka").at("/metadata/name").asText());
        assertEquals(
                cluster,
                byKind.get("KafkaNodePool")
                        .at("/metadata/labels/strimzi.io~1cluster")
                        .asText());
        JsonNode listener = byKind.get("Kafka").at("/spec/kafka/listeners/0");
        assertTrue(production
                .at("/kafka/bootstrapServers")
                .asText()
                .equals(cluster + "-kafka-bootstrap:" + listener.path("port").asInt()));
        assertEquals("scram-sha-512", listener.at("/authentication/type").asText());
        assertTrue(listener.path("tls").asBoolean());
        assertTrue(byKind.get("Kafka").at("/spec/entityOperator").has("userOperator"));
    }

    @Test
    void theKeycloakExampleIsTheInstanceTheChartPointsAt() throws IOException {
        JsonNode keycloak = byKind().get("Keycloak");
        JsonNode values = Chart.defaultValues();
        assertEquals(
                values.at("/keycloak/crName").asText(),
                keycloak.at("/metadata/name").asText());
        assertEquals(
                "http://" + keycloak.at("/metadata/name").asText() + "-service:8080",
                values.at("/keycloak/url").asText());
        assertTrue(keycloak.at("/spec/http/httpEnabled").asBoolean());
        assertTrue(keycloak.at("/spec/hostname/backchannelDynamic").asBoolean());
    }

    private static Map<String, JsonNode> byKind() throws IOException {
        return all().stream()
                .filter(o -> !o.path("kind").asText().equals("Cluster"))
                .collect(Collectors.toMap(o -> o.path("kind").asText(), o -> o));
    }

    private static List<JsonNode> all() throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .flatMap(f -> Yaml.readAll(readString(f)).stream())
                    .toList();
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
