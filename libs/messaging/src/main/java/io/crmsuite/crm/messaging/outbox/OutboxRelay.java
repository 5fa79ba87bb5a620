package io.crmsuite.crm.messaging.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, in {@code seq} order, on its own thread. One round: take the relay lock
 * (one relay across replicas), read a batch of unsent rows, send them and wait for every ack, mark the acknowledged
 * rows sent, commit. A failed round (broker down, timeout) leaves the rows unsent and is retried with exponential
 * backoff, so nothing is lost; a row acknowledged but not marked (crash in between) is sent again, and consumers drop
 * the duplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final OutboxStore store;
    private final OutboxConfig config;
    private final ObjectMapper json;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;
    private final Object wakeup = new Object();
    private volatile boolean running;
    private volatile boolean failing;
    private Thread thread;

    public OutboxRelay(
            OutboxStore store,
            OutboxConfig config,
            ObjectMapper json,
            MeterRegistry meters,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.store = store;
        this.config = config;
        this.json = json;
        this.bootstrapServers = bootstrapServers;
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

    private void loop() {
        Duration backoff = config.initialBackoff();
        try (KafkaEventPublisher publisher = new KafkaEventPublisher(bootstrapServers, config, json)) {
            while (running) {
                try {
                    Round round = round(publisher);
                    if (round.failed() > 0) {
                        throw new IllegalStateException(round.failed() + " events not acknowledged: " + round.error());
                    }
                    recovered();
                    backoff = config.initialBackoff();
                    if (round.read() < config.batchSize()) {
                        pause(config.pollInterval());
                    }
                } catch (RuntimeException e) {
                    failures.increment();
                    report(e, backoff);
                    pause(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                            ? config.maxBackoff()
                            : backoff.multipliedBy(2);
                }
            }
        }
    }

    private Round round(KafkaEventPublisher publisher) {
        SqlConnection connection = store.pool().getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DB_TIMEOUT);
            try {
                if (!store.tryRelayLock(connection).await().atMost(DB_TIMEOUT)) {
                    tx.rollback().await().atMost(DB_TIMEOUT);
                    return new Round(0, 0, 0, null);
                }
                List<OutboxRow> rows =
                        store.unsent(connection, config.batchSize()).await().atMost(DB_TIMEOUT);
                if (rows.isEmpty()) {
                    tx.commit().await().atMost(DB_TIMEOUT);
                    return new Round(0, 0, 0, null);
                }
                KafkaEventPublisher.PublishOutcome outcome = publisher.publish(rows);
                store.markSent(connection, outcome.sent()).await().atMost(DB_TIMEOUT);
                store.markFailed(connection, outcome.failed(), outcome.firstError())
                        .await()
                        .atMost(DB_TIMEOUT);
                tx.commit().await().atMost(DB_TIMEOUT);
                published.increment(outcome.sent().size());
                return new Round(
                        rows.size(), outcome.sent().size(), outcome.failed().size(), outcome.firstError());
            } catch (RuntimeException e) {
                tx.rollback().onFailure().recoverWithNull().await().atMost(DB_TIMEOUT);
                throw e;
            }
        } finally {
            connection.close().onFailure().recoverWithNull().await().atMost(DB_TIMEOUT);
        }
    }

    private void report(RuntimeException e, Duration backoff) {
        if (!failing) {
            failing = true;
            LOG.warnf("outbox relay cannot publish (%s); retrying with backoff from %s", e.getMessage(), backoff);
        } else {
            LOG.debugf("outbox relay still failing: %s", e.getMessage());
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("outbox relay publishing again");
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

    private record Round(int read, int sent, int failed, String error) {}
}
