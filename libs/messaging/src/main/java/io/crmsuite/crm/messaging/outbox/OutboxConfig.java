package io.crmsuite.crm.messaging.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Settings of the outbox relay ({@code crm.outbox.*}); every key has an environment override (CRM_OUTBOX_…). */
@ConfigMapping(prefix = "crm.outbox")
public interface OutboxConfig {
    /** Whether this instance runs the relay (several replicas may: one at a time holds the relay lock). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows read and published per round. */
    @WithDefault("500")
    int batchSize();

    /** Wait between rounds when the outbox is empty. */
    @WithDefault("50ms")
    Duration pollInterval();

    /** First wait after a failed round; doubles up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /** Sent rows are deleted after this long. */
    @WithDefault("7d")
    Duration retention();

    /** Readiness reports DOWN when the oldest unsent event is older than this. */
    @WithDefault("60s")
    Duration readinessMaxAge();

    /** Kafka: how long a send may take including the producer's own retries before the round fails. */
    @WithDefault("30s")
    Duration deliveryTimeout();

    /** Kafka: how long fetching topic metadata may block while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBlock();

    /** CloudEvents source; defaults to quarkus.application.name. */
    Optional<String> source();

    /** Extra Kafka producer properties, e.g. crm.outbox.kafka."compression.type"=lz4. */
    Map<String, String> kafka();
}
