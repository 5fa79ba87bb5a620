package io.crmsuite.crm.messaging.outbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The relay's Kafka producer settings, in four layers, later ones winning:
 *
 * <ol>
 *   <li>every {@code kafka.*} property the SmallRye Kafka channels get (Quarkus' merged default configuration, the
 *       {@code default-kafka-broker} bean: bootstrap servers, {@code security.protocol}, {@code sasl.*},
 *       {@code ssl.truststore.*}, a TLS registry configuration, …), except what only a consumer understands
 *       ({@code group.id}, deserializers, offsets);
 *   <li>the relay's tuning: its timeouts, batching, retries and client id;
 *   <li>{@code crm.outbox.kafka.*} overrides;
 *   <li>its delivery guarantees, which no override weakens: {@code acks=all} and an idempotent producer.
 * </ol>
 */
final class RelayProducerConfig {
    static final String CLIENT_ID = "crm-outbox-relay";
    private static final Set<String> CONSUMER_ONLY = consumerOnlyKeys();

    private RelayProducerConfig() {}

    static Map<String, Object> of(Map<String, Object> kafkaDefaults, OutboxConfig config) {
        Map<String, Object> props = new HashMap<>();
        kafkaDefaults.forEach((key, value) -> {
            if (!CONSUMER_ONLY.contains(key)) {
                props.put(key, value);
            }
        });
        int delivery = (int) config.deliveryTimeout().toMillis();
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.RETRIES_CONFIG, Integer.toString(Integer.MAX_VALUE));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(delivery));
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(Math.max(1000, delivery / 3)));
        props.put(
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                Long.toString(config.maxBlock().toMillis()));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        props.putAll(config.kafka());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    private static Set<String> consumerOnlyKeys() {
        Set<String> keys = new HashSet<>(ConsumerConfig.configNames());
        keys.removeAll(ProducerConfig.configNames());
        return Set.copyOf(keys);
    }
}
