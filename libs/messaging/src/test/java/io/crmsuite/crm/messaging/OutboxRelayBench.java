package io.crmsuite.crm.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Outbox relay throughput from commit to Kafka ack (`make bench`). A burst of N committed events is written in one
 * transaction; the relay publishes them with acks=all. Throughput = N / (last sent_at - commit time); per-event latency =
 * sent_at - created_at, both read from the database clock. Three rounds; the table shows each and the median.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_messaging"))
class OutboxRelayBench {
    private static final int EVENTS = 20_000;
    private static final int ROUNDS = 3;
    private static final String PAYLOAD = "{\"contactId\":\"%s\",\"version\":1,\"changedFields\":[\"givenName\","
            + "\"familyName\",\"emails\"],\"emails\":[\"zhang.wei@example.com\"],\"phones\":[\"+8613800138000\"],"
            + "\"updatedAt\":\"2026-11-22T08:00:00Z\"}";

    @Test
    void relayThroughput() throws Exception {
        List<double[]> results = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String batch = UUID.randomUUID().toString();
            insertBurst(batch);
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() ->
                            query("select count(*) from crm_outbox where source = ? and sent_at is null", batch) == 0);
            double seconds = query(
                            "select (extract(epoch from max(sent_at) - min(created_at)) * 1000)::bigint"
                                    + " from crm_outbox where source = ?",
                            batch)
                    / 1000.0;
            long p50 = query(latencyPercentile(0.50), batch);
            long p99 = query(latencyPercentile(0.99), batch);
            results.add(new double[] {EVENTS / seconds, seconds, p50, p99});
            assertPublishedAtFirstAttempt(batch);
        }
        print(results);
        steadyLoad();
    }

    /** A round with failed sends measured retries, not the relay: every event must be acknowledged at its first try. */
    private static void assertPublishedAtFirstAttempt(String batch) throws Exception {
        assertEquals(
                0,
                query(
                        "select count(*) from crm_outbox where source = ? and (attempts <> 1 or last_error is not null)",
                        batch),
                "events of the round that failed at least once (crm_outbox.last_error)");
    }

    /** Many small transactions (one event each) from 4 writers, as services write: per-event commit-to-ack latency. */
    private static void steadyLoad() throws Exception {
        String batch = UUID.randomUUID().toString();
        int writers = 4;
        int perWriter = 1_000;
        long start = System.nanoTime();
        List<Future<?>> threads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        for (int w = 0; w < writers; w++) {
            threads.add(pool.submit(() -> {
                try (Connection connection = connect();
                        PreparedStatement insert = connection.prepareStatement(
                                "insert into crm_outbox (id, topic, event_key, type, source, occurred_at, payload)"
                                        + " values (gen_random_uuid(), 'kit.bench', ?, 'crm.contact.updated.v1', ?,"
                                        + " now(), ?)")) {
                    for (int i = 0; i < perWriter; i++) {
                        String key = UUID.randomUUID().toString();
                        insert.setString(1, key);
                        insert.setString(2, batch);
                        insert.setString(3, PAYLOAD.replace("%s", key));
                        insert.executeUpdate();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        try {
            for (Future<?> writer : threads) {
                writer.get(); // a writer that failed fails the benchmark (its events are missing from the figures)
            }
        } finally {
            pool.shutdownNow();
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> query("select count(*) from crm_outbox where source = ? and sent_at is null", batch) == 0);
        System.out.printf(
                "%n| outbox relay, steady writes | events | commits/s | latency p50 ms | latency p99 ms |%n"
                        + "|---|---|---|---|---|%n| 4 writers, 1 event per transaction | %d | %.0f | %d | %d |%n",
                writers * perWriter,
                writers * perWriter / writeSeconds,
                query(latencyPercentile(0.50), batch),
                query(latencyPercentile(0.99), batch));
        assertEquals(writers * perWriter, query("select count(*) from crm_outbox where source = ?", batch));
        assertPublishedAtFirstAttempt(batch);
    }

    private static String latencyPercentile(double p) {
        return "select (percentile_cont(" + p + ") within group (order by extract(epoch from sent_at - created_at))"
                + " * 1000)::bigint from crm_outbox where source = ?";
    }

    private static void insertBurst(String batch) throws Exception {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into crm_outbox (id, topic, event_key, type, source, occurred_at, payload)"
                                + " select gen_random_uuid(), 'kit.bench', k::text, 'crm.contact.updated.v1', ?, now(),"
                                + " format(?, k::text) from (select gen_random_uuid() as k"
                                + " from generate_series(1, ?)) ids")) {
            insert.setString(1, batch);
            insert.setString(2, PAYLOAD);
            insert.setInt(3, EVENTS);
            insert.executeUpdate();
        }
    }

    private static long query(String sql, String batch) throws Exception {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, batch);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect() throws Exception {
        return KitDatabase.connect();
    }

    private static void print(List<double[]> results) {
        StringBuilder table = new StringBuilder("\n| outbox relay, " + EVENTS
                + " events per round | events/s | seconds | latency p50 ms | latency p99 ms |\n");
        table.append("|---|---|---|---|---|\n");
        for (int i = 0; i < results.size(); i++) {
            double[] r = results.get(i);
            table.append(String.format("| round %d | %.0f | %.2f | %.0f | %.0f |%n", i + 1, r[0], r[1], r[2], r[3]));
        }
        double[] throughputs = results.stream().mapToDouble(r -> r[0]).sorted().toArray();
        table.append(String.format("| median | %.0f | | | |%n", throughputs[throughputs.length / 2]));
        System.out.println(table);
    }
}
