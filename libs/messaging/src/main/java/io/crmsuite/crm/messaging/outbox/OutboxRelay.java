package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishes committed outbox rows to Kafka, in {@code seq} order, on its own thread. One round: take the relay lock
 * (one relay across replicas), read a batch of unsent rows, send them and wait for every ack, mark the acknowledged
 * rows sent, commit. A failed round (broker down, timeout) leaves the rows unsent and is retried with exponential
 * backoff, so nothing is lost; a row acknowledged but not marked (crash in between) is sent again, and consumers drop
 * the duplicate by event id.
 *
 * <p>Its producer has the Kafka client configuration of the SmallRye channels ({@link RelayProducerConfig}), so a
 * SASL/TLS cluster needs its settings once, as {@code kafka.*}. The producer is opened when there is something to
 * publish, and a failed round closes it: the next round, after the backoff, opens a fresh one. An idempotent producer
 * that failed authentication stays failed, so it is never reused, and no client keeps reconnecting in the background
 * between rounds. The failure is logged once per kind, in one line, and kept for the readiness check
 * ({@link RelayFailureLog}, {@link #failure()}).
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final Map<String, Object> producerConfig;
    private final Counter published;
    private final Counter failures;
    private final Object wakeup = new Object();
    private volatile boolean running;
    private final RelayFailureLog failureLog = new RelayFailureLog();
    private KafkaEventPublisher publisher;
    private Thread thread;

    public OutboxRelay(
            OutboxStore store,
            OutboxConfig config,
            ObjectMapper json,
            MeterRegistry meters,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaDefaults) {
        this.store = store;
        this.config = config;
        this.json = json;
        this.producerConfig = RelayProducerConfig.of(kafkaDefaults, config);
        this.published = Counter.builder("crm.outbox.published")
                .description("events acknowledged by Kafka")
                .register(meters);
        this.failures = Counter.builder("crm.outbox.relay.failures")
                .description("relay rounds that failed")
                .register(meters);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("crm-outbox-relay").daemon().start(this::loop);
    }

    public synchronized void stop() {
        running = false;
        wakeUp();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    /** Ends the current pause early (a writer that just committed may call it to cut latency). */
    public void wakeUp() {
        synchronized (wakeup) {
            wakeup.notifyAll();
        }
    }

    /** Why the relay cannot publish, and since when; empty while it publishes (or has nothing to publish). */
    Optional<RelayFailure> failure() {
        return failureLog.current();
    }

    private void loop() {
        Duration backoff = config.initialBackoff();
        try {
            while (running) {
                try {
                    Round round = round();
                    if (round.failed() > 0) {
                        throw new IllegalStateException(
                                round.failed() + " events not acknowledged", round.firstFailure());
                    }
                    failureLog.published(Instant.now());
                    backoff = config.initialBackoff();
                    if (round.read() < config.batchSize()) {
                        pause(config.pollInterval());
                    }
                } catch (RuntimeException e) {
                    failures.increment();
                    closePublisher(Duration.ZERO);
                    failureLog.failed(e, backoff, config.maxBackoff(), Instant.now());
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                            ? config.maxBackoff()
                            : backoff.multipliedBy(2);
                }
            }
        } finally {
            closePublisher(Duration.ofSeconds(5));
        }
    }

    /** The producer, opened when there is something to publish (relay thread only). */
    private KafkaEventPublisher publisher() {
        if (publisher == null) {
            publisher = new KafkaEventPublisher(producerConfig, json);
        }
        return publisher;
    }

    private void closePublisher(Duration timeout) {
        if (publisher != null) {
            publisher.close(timeout);
            publisher = null;
        }
    }

    private Round round() {
        SqlConnection connection = store.pool().getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DB_TIMEOUT);
            try {
                if (!store.tryRelayLock(connection).await().atMost(DB_TIMEOUT)) {
                    tx.rollback().await().atMost(DB_TIMEOUT);
                    return Round.EMPTY;
                }
                List<OutboxRow> rows =
                        store.unsent(connection, config.batchSize()).await().atMost(DB_TIMEOUT);
                if (rows.isEmpty()) {
                    tx.commit().await().atMost(DB_TIMEOUT);
                    return Round.EMPTY;
                }
                KafkaEventPublisher.PublishOutcome outcome = publisher().publish(rows);
                store.markSent(connection, outcome.sent()).await().atMost(DB_TIMEOUT);
                store.markFailed(connection, outcome.failed(), outcome.firstError())
                        .await()
                        .atMost(DB_TIMEOUT);
                tx.commit().await().atMost(DB_TIMEOUT);
                published.increment(outcome.sent().size());
                return new Round(rows.size(), outcome.failed().size(), outcome.firstFailure());
            } catch (RuntimeException e) {
                tx.rollback().onFailure().recoverWithNull().await().atMost(DB_TIMEOUT);
                throw e;
            }
        } finally {
            connection.close().onFailure().recoverWithNull().await().atMost(DB_TIMEOUT);
        }
    }

    private void pause(Duration duration) {
        synchronized (wakeup) {
            try {
                wakeup.wait(Math.max(1, duration.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private record Round(int read, int failed, Throwable firstFailure) {
        static final Round EMPTY = new Round(0, 0, null);
    }
}
