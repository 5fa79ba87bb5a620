package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart against the services that exist (services/&lt;name&gt;/src/main/resources/application.properties): each
 * is a chart entry with the same database, the topics it consumes, and Kafka topics for its retries and dead letters.
 * Services arrive issue by issue; until one exists there is nothing to compare and the tests are skipped.
 */
class ServiceConfigTest {

    private static final Path SERVICES = Path.of("../services");

    @Test
    void everyServiceModuleIsAChartEntryWithItsDatabase() {
        Map<String, Properties> services = serviceConfigs();
        assumeFalse(services.isEmpty(), "no service module yet");
        for (Map.Entry<String, Properties> service : services.entrySet()) {
            JsonNode entry = entry(service.getKey());
            String database = service.getValue().getProperty("crm.database");
            if (database != null) {
                assertEquals(database, entry.at("/database/name").asText(), service.getKey() + " database");
            }
        }
    }

    @Test
    void consumedTopicsGroupsRetryAndDeadLetterTopicsMatchTheChart() {
        Map<String, Properties> services = serviceConfigs();
        assumeFalse(services.isEmpty(), "no service module yet");
        Set<String> kafkaTopics = Chart.render(Scenario.overlay("kafka-topics")).ofKind("KafkaTopic").stream()
                .map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toSet());
        for (Map.Entry<String, Properties> service : services.entrySet()) {
            String name = service.getKey();
            Set<String> consumes = new java.util.HashSet<>();
            entry(name).at("/kafka/consumes").forEach(t -> consumes.add(t.asText()));
            for (String key : service.getValue().stringPropertyNames()) {
                String value = service.getValue().getProperty(key);
                if (!key.startsWith("mp.messaging.incoming.")) {
                    continue;
                }
                if (key.endsWith(".topic") && !key.endsWith("dead-letter-queue.topic")) {
                    assertTrue(
                            consumes.contains(value), name + " consumes " + value + ": add it to its kafka.consumes");
                } else if (key.endsWith(".group.id")) {
                    assertEquals(name, defaultOf(value), name + " consumer group (KafkaUser group ACL)");
                } else if (key.endsWith("delayed-retry-topic.topics") || key.endsWith("dead-letter-queue.topic")) {
                    for (String topic : value.split(",")) {
                        assertTrue(kafkaTopics.contains(topic.trim()), name + ": no KafkaTopic for " + topic);
                    }
                }
            }
        }
    }

    private static JsonNode entry(String service) {
        List<String> keys = new ArrayList<>();
        Chart.defaultValues().path("services").fieldNames().forEachRemaining(keys::add);
        String key = keys.stream()
                .filter(k -> kebab(k).equals(service))
                .findFirst()
                .orElseThrow(() -> new AssertionError("services/" + service + " has no entry in the chart's services"));
        return Chart.defaultValues().path("services").path(key);
    }

    /** ${VAR:default} -> default; anything else as is. */
    private static String defaultOf(String value) {
        return value.startsWith("${") && value.contains(":")
                ? value.substring(value.indexOf(':') + 1, value.length() - 1)
                : value;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Service name -> its main application.properties (profile-specific keys such as %test. are ignored). */
    private static Map<String, Properties> serviceConfigs() {
        Map<String, Properties> configs = new TreeMap<>();
        if (!Files.isDirectory(SERVICES)) {
            return configs;
        }
        try (Stream<Path> dirs = Files.list(SERVICES)) {
            for (Path dir : dirs.sorted().toList()) {
                Path file = dir.resolve("src/main/resources/application.properties");
                if (Files.isRegularFile(file)) {
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file)) {
                        properties.load(reader);
                    }
                    configs.put(dir.getFileName().toString(), properties);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return configs;
    }
}
