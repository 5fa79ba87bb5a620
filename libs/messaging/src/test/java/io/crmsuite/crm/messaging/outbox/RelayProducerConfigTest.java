package io.crmsuite.crm.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The relay's producer gets the channels' Kafka configuration, its own settings on top, and keeps its guarantees. */
class RelayProducerConfigTest {
    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"crm\" password=\"secret\";";

    /** What Quarkus' default-kafka-broker bean holds for a SASL_SSL cluster (kafka.* without the prefix). */
    private static Map<String, Object> saslSslDefaults() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("bootstrap.servers", "kafka-0:9093,kafka-1:9093");
        defaults.put("security.protocol", "SASL_SSL");
        defaults.put("sasl.mechanism", "SCRAM-SHA-512");
        defaults.put("sasl.jaas.config", JAAS);
        defaults.put("ssl.truststore.type", "PEM");
        defaults.put("ssl.truststore.certificates", "-----BEGIN CERTIFICATE-----…");
        defaults.put("tls-configuration-name", "kafka");
        defaults.put("ssl.engine.factory.class", "io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory");
        defaults.put("group.id", "lead-service");
        defaults.put("auto.offset.reset", "earliest");
        defaults.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        return defaults;
    }

    @Test
    void everySettingOfTheChannelsReachesTheRelay() {
        Map<String, Object> props = RelayProducerConfig.of(saslSslDefaults(), config(Map.of()));

        assertEquals("kafka-0:9093,kafka-1:9093", props.get("bootstrap.servers"));
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals(JAAS, props.get("sasl.jaas.config"));
        assertEquals("PEM", props.get("ssl.truststore.type"));
        assertEquals("-----BEGIN CERTIFICATE-----…", props.get("ssl.truststore.certificates"));
        // the TLS registry hook Quarkus adds: the engine factory reads the configuration name from the same map
        assertEquals("kafka", props.get("tls-configuration-name"));
        assertEquals("io.quarkus.kafka.client.tls.QuarkusKafkaSslEngineFactory", props.get("ssl.engine.factory.class"));
    }

    @Test
    void whatOnlyAConsumerUnderstandsIsLeftOut() {
        Map<String, Object> props = RelayProducerConfig.of(saslSslDefaults(), config(Map.of()));

        assertFalse(props.containsKey("group.id"));
        assertFalse(props.containsKey("auto.offset.reset"));
        assertFalse(props.containsKey("value.deserializer"));
    }

    @Test
    void theRelaysOwnSettingsWinOverTheDefaultsAndItsOverridesWinOverThose() {
        Map<String, Object> defaults = saslSslDefaults();
        defaults.put("linger.ms", "100");
        defaults.put("client.id", "lead-service");
        defaults.put("delivery.timeout.ms", "120000");
        Map<String, Object> props = RelayProducerConfig.of(
                defaults, config(Map.of("linger.ms", "20", "compression.type", "lz4", "bootstrap.servers", "k:1")));

        assertEquals("20", props.get("linger.ms"));
        assertEquals("lz4", props.get("compression.type"));
        assertEquals("k:1", props.get("bootstrap.servers"));
        assertEquals("crm-outbox-relay", props.get("client.id"));
        assertEquals("6000", props.get("delivery.timeout.ms"));
        assertEquals("2000", props.get("request.timeout.ms"));
        assertEquals("1000", props.get("max.block.ms"));
        assertEquals("5", props.get("max.in.flight.requests.per.connection"));
        assertEquals(Integer.toString(Integer.MAX_VALUE), props.get("retries"));
    }

    @Test
    void noSettingWeakensTheDeliveryGuarantees() {
        Map<String, Object> defaults = saslSslDefaults();
        defaults.put("acks", "1");
        defaults.put("enable.idempotence", "false");
        Map<String, Object> props =
                RelayProducerConfig.of(defaults, config(Map.of("acks", "0", "enable.idempotence", "false")));

        assertEquals("all", props.get("acks"));
        assertEquals("true", props.get("enable.idempotence"));
    }

    @Test
    void aPlainClusterNeedsNothingButItsAddress() {
        Map<String, Object> props =
                RelayProducerConfig.of(Map.of("bootstrap.servers", "127.0.0.1:19092"), config(Map.of()));

        assertEquals("127.0.0.1:19092", props.get("bootstrap.servers"));
        assertFalse(props.containsKey("security.protocol"));
        assertEquals("all", props.get("acks"));
    }

    private static OutboxConfig config(Map<String, String> kafka) {
        return new OutboxConfig() {
            @Override
            public boolean relayEnabled() {
                return true;
            }

            @Override
            public int batchSize() {
                return 500;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofMillis(50);
            }

            @Override
            public Duration initialBackoff() {
                return Duration.ofMillis(200);
            }

            @Override
            public Duration maxBackoff() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration retention() {
                return Duration.ofDays(7);
            }

            @Override
            public Duration readinessMaxAge() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration deliveryTimeout() {
                return Duration.ofSeconds(6);
            }

            @Override
            public Duration maxBlock() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Optional<String> source() {
                return Optional.empty();
            }

            @Override
            public Map<String, String> kafka() {
                return kafka;
            }
        };
    }
}
