package io.crmsuite.crm.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmsuite.crm.messaging.channels.ConsumerChannelsConfigSourceFactory;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chart against the services that exist (services/&lt;name&gt;/src/main/resources/application.properties): the
 * services enabled by default are exactly those, each with its database; a service's consumer channels, derived as
 * the service derives them (libs/messaging's one-line declarations through SmallRye Config, with the retry delays the
 * chart passes), read exactly the topics the chart lists in its {@code kafka.consumes}, as the group of its name
 * (KafkaUser group ACL), with a KafkaTopic for every retry and dead-letter topic.
 */
class ServiceConfigTest {

    private static final Path SERVICES = Path.of("../services");
    private static final Pattern CHANNEL_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    @Test
    void theServicesEnabledByDefaultAreTheServiceModulesWithTheirDatabases() {
        Map<String, Properties> services = serviceConfigs();
        Set<String> enabled = new TreeSet<>();
        Chart.defaultValues().path("services").properties().forEach(entry -> {
            if (entry.getValue().path("enabled").asBoolean()) {
                enabled.add(kebab(entry.getKey()));
            }
        });
        assertEquals(services.keySet(), enabled, "a default install runs the services that exist, and only those");
        for (Map.Entry<String, Properties> service : services.entrySet()) {
            String database = service.getValue().getProperty("crm.database");
            if (database != null) {
                assertEquals(
                        database,
                        entry(service.getKey()).at("/database/name").asText(),
                        service.getKey() + " database");
            }
        }
    }

    @Test
    void consumerChannelsTopicsGroupsRetryAndDeadLetterTopicsMatchTheChart() {
        Manifests manifests = Chart.render(Scenario.overlay("kafka-topics"));
        Set<String> kafkaTopics = manifests.ofKind("KafkaTopic").stream()
                .map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toSet());
        int channels = 0;
        for (Map.Entry<String, Properties> service : serviceConfigs().entrySet()) {
            String name = service.getKey();
            Map<String, String> env = new HashMap<>();
            if (entry(name).at("/kafka/enabled").asBoolean()) {
                Workload workload = new Workload(manifests.ofService("Deployment", name));
                env.put("CRM_MESSAGING_RETRY_DELAYS", workload.envValue("CRM_MESSAGING_RETRY_DELAYS"));
            }
            SmallRyeConfig config = asTheServiceSeesIt(service.getValue(), env);
            Set<String> consumed = new TreeSet<>();
            for (String channel : channels(config)) {
                String prefix = "mp.messaging.incoming." + channel + ".";
                consumed.add(config.getRawValue(prefix + "topic"));
                assertEquals(name, config.getRawValue(prefix + "group.id"), name + " consumer group (KafkaUser ACL)");
                List<String> owned = new ArrayList<>(List.of(config.getRawValue(prefix + "delayed-retry-topic.topics")
                        .split(",")));
                owned.add(config.getRawValue(prefix + "dead-letter-queue.topic"));
                for (String topic : owned) {
                    assertTrue(kafkaTopics.contains(topic.strip()), name + ": no KafkaTopic for " + topic);
                }
                channels++;
            }
            Set<String> listed = new TreeSet<>();
            entry(name).at("/kafka/consumes").forEach(t -> listed.add(t.asText()));
            assertEquals(listed, consumed, name + ": the chart's kafka.consumes are the topics its channels read");
        }
        assertTrue(channels > 0, "no consumer channel found: the test checked nothing");
    }

    /** The service's main configuration (profile prod) with libs/messaging's channel declarations applied. */
    private static SmallRyeConfig asTheServiceSeesIt(Properties properties, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile("prod")
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new PropertiesConfigSource(values, "application.properties", 250))
                .withSources(new ConsumerChannelsConfigSourceFactory())
                .build();
    }

    private static Set<String> channels(SmallRyeConfig config) {
        Set<String> channels = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher m = CHANNEL_TOPIC.matcher(name);
            if (m.matches() && !m.group(1).startsWith("%")) {
                channels.add(m.group(1));
            }
        }
        return channels;
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

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Service name -> its main application.properties; fails when there is none (nothing would be checked). */
    private static Map<String, Properties> serviceConfigs() {
        Map<String, Properties> configs = new TreeMap<>();
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
        assertFalse(configs.isEmpty(), "no service module under " + SERVICES.toAbsolutePath());
        return configs;
    }
}
