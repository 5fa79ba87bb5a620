package io.crmsuite.crm.messaging.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** One line per consumer channel becomes the SmallRye settings; anything set explicitly wins. */
class ConsumerChannelsConfigSourceFactoryTest {
    private static final String IN = "mp.messaging.incoming.contacts-in.";

    /** A configuration as Quarkus builds it: environment (300), application.properties (250), the factory (50). */
    private static SmallRyeConfig config(String profile, Map<String, String> application) {
        return config(profile, application, Map.of());
    }

    private static SmallRyeConfig config(String profile, Map<String, String> application, Map<String, String> env) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withProfile(profile)
                .withSources(new EnvConfigSource(env, 300))
                .withSources(new PropertiesConfigSource(application, "application.properties", 250))
                .withSources(new ConsumerChannelsConfigSourceFactory())
                .build();
    }

    @Test
    void oneLineStandsForTheWholeChannel() {
        SmallRyeConfig config =
                config("prod", Map.of("crm.messaging.consume.contacts-in", "crm.contacts@lead-service"));

        assertEquals("smallrye-kafka", config.getRawValue(IN + "connector"));
        assertEquals("crm.contacts", config.getRawValue(IN + "topic"));
        assertEquals("lead-service", config.getRawValue(IN + "group.id"));
        assertEquals("earliest", config.getRawValue(IN + "auto.offset.reset"));
        assertEquals(
                "org.apache.kafka.common.serialization.StringDeserializer",
                config.getRawValue(IN + "value.deserializer"));
        assertEquals("delayed-retry-topic", config.getRawValue(IN + "failure-strategy"));
        assertEquals(
                "crm.contacts.lead-service_retry_10000,crm.contacts.lead-service_retry_60000",
                config.getRawValue(IN + "delayed-retry-topic.topics"));
        assertEquals("2", config.getRawValue(IN + "delayed-retry-topic.max-retries"));
        assertEquals("crm.contacts.lead-service.dlq", config.getRawValue(IN + "dead-letter-queue.topic"));
        // SmallRye lists the channel's keys through the property names
        assertTrue(names(config).contains(IN + "dead-letter-queue.topic"));
    }

    @Test
    void everyDeclaredChannelGetsItsOwnSettings() {
        SmallRyeConfig config = config(
                "prod",
                Map.of(
                        "crm.messaging.consume.leads-in", "crm.leads@contact-service",
                        "crm.messaging.consume.opportunities-in", " crm.opportunities @ contact-service "));

        assertEquals("crm.leads", config.getRawValue("mp.messaging.incoming.leads-in.topic"));
        assertEquals(
                "crm.opportunities.contact-service.dlq",
                config.getRawValue("mp.messaging.incoming.opportunities-in.dead-letter-queue.topic"));
        assertEquals(
                18,
                names(config).stream()
                        .filter(n -> n.startsWith("mp.messaging.incoming."))
                        .count());
    }

    @Test
    void explicitSettingsWinInEverySourceAndProfile() {
        Map<String, String> application = new HashMap<>();
        application.put("crm.messaging.consume.contacts-in", "crm.contacts@lead-service");
        application.put("%test." + IN + "group.id", "lead-service-test");
        application.put(IN + "auto.offset.reset", "latest");
        SmallRyeConfig test = config("test", application, Map.of("MP_MESSAGING_INCOMING_CONTACTS_IN_TOPIC", "other"));

        assertEquals("lead-service-test", test.getRawValue(IN + "group.id"));
        assertEquals("latest", test.getRawValue(IN + "auto.offset.reset"));
        assertEquals("other", test.getRawValue(IN + "topic"), "an environment variable");
        // the retry topics keep the consumer's name: only the group was overridden
        assertEquals("crm.contacts.lead-service.dlq", test.getRawValue(IN + "dead-letter-queue.topic"));
        assertEquals("lead-service", config("prod", application).getRawValue(IN + "group.id"));
    }

    @Test
    void retryDelaysAreOneGlobalSettingWithProfiles() {
        Map<String, String> application = new HashMap<>();
        application.put("crm.messaging.consume.contacts-in", "crm.contacts@lead-service");
        application.put("%test.crm.messaging.retry-delays", "500ms");
        application.put("%dev.crm.messaging.retry-delays", "1s, 2m");
        application.put("%dev.crm.messaging.max-retries", "5");

        SmallRyeConfig test = config("test", application);
        assertEquals("crm.contacts.lead-service_retry_500", test.getRawValue(IN + "delayed-retry-topic.topics"));
        assertEquals("1", test.getRawValue(IN + "delayed-retry-topic.max-retries"));

        SmallRyeConfig dev = config("dev", application);
        assertEquals(
                "crm.contacts.lead-service_retry_1000,crm.contacts.lead-service_retry_120000",
                dev.getRawValue(IN + "delayed-retry-topic.topics"));
        assertEquals("5", dev.getRawValue(IN + "delayed-retry-topic.max-retries"));
    }

    @Test
    void declarationsTakeProfilesAndExpressions() {
        Map<String, String> application = new HashMap<>();
        application.put("crm.messaging.consume.contacts-in", "crm.contacts@${CRM_LEAD_CONSUMER:lead-service}");
        application.put("%dev.crm.messaging.consume.debug-in", "crm.leads@lead-debug");

        SmallRyeConfig prod = config("prod", application);
        assertEquals("lead-service", prod.getRawValue(IN + "group.id"));
        assertFalse(names(prod).contains("mp.messaging.incoming.debug-in.topic"), "a declaration of another profile");

        SmallRyeConfig renamed = config("prod", application, Map.of("CRM_LEAD_CONSUMER", "lead-blue"));
        assertEquals("crm.contacts.lead-blue.dlq", renamed.getRawValue(IN + "dead-letter-queue.topic"));
        assertEquals("crm.leads", config("dev", application).getRawValue("mp.messaging.incoming.debug-in.topic"));
    }

    @Test
    void withoutDeclarationsNothingIsAdded() {
        SmallRyeConfig config = config("prod", Map.of("quarkus.application.name", "gateway"));

        assertFalse(names(config).stream().anyMatch(n -> n.startsWith("mp.messaging.")));
    }

    @Test
    void aMalformedDeclarationIsNamedWithTheExpectedForm() {
        for (String bad : List.of("crm.contacts", "@lead-service", "crm.contacts@", "crm contacts@lead", "a@b@c")) {
            IllegalArgumentException error = assertThrows(
                    IllegalArgumentException.class,
                    () -> config("prod", Map.of("crm.messaging.consume.contacts-in", bad)),
                    bad);
            assertTrue(error.getMessage().startsWith("crm.messaging.consume.contacts-in=" + bad), error.getMessage());
        }
    }

    @Test
    void aMalformedRetrySettingIsNamed() {
        Map<String, String> application = Map.of(
                "crm.messaging.consume.contacts-in", "crm.contacts@lead-service", RetryPolicy.DELAYS, "10 seconds");
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> config("prod", application));
        assertTrue(error.getMessage().startsWith("crm.messaging.retry-delays=10 seconds"), error.getMessage());
    }

    private static List<String> names(SmallRyeConfig config) {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .toList();
    }
}
