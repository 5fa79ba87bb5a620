package io.crmsuite.crm.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.persistence.testapp.Gadget;
import io.crmsuite.crm.persistence.testapp.GadgetLog;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * `make bench`: the data path chosen for every service (Hibernate Reactive owns the transaction; set-based statements
 * run as native statements in its session) against the Vert.x SQL client alone, on the same statements and the same
 * PostgreSQL, each transaction on a Vert.x context of its own ({@link BackgroundWork}) on both paths: sets of 1,000 rows inserted and updated, and single-record transactions (one row and one outbox-like row,
 * 16 at a time). Median of the rounds; the figures are in docs/architecture.md.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_persistence"))
class DataPathBench {
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    static final int SET_SIZE = 1_000;
    static final int SETS = Integer.getInteger("bench.sets", 20);
    static final int SINGLES = Integer.getInteger("bench.singles", 4_000);
    static final int CONCURRENCY = 16;
    static final EntityTable<Gadget> GADGETS = EntityTable.of(Gadget.class);
    static final EntityTable<GadgetLog> LOGS = EntityTable.of(GadgetLog.class);

    /** The same statements in Vert.x placeholder syntax. */
    static final String VERTX_INSERT = "insert into gadget (id, version, name, size, counter, price, currency, active,"
            + " made_on, made_at, colour, tags, legacy_code) select u.id, u.version, u.name, u.size, u.counter, u.price,"
            + " u.currency, u.active, u.made_on, u.made_at, u.colour, cast(u.tags as text[]),"
            + " u.legacy_code from unnest($1::uuid[], $2::bigint[], $3::text[], $4::int[], $5::bigint[], $6::numeric[],"
            + " $7::text[], $8::boolean[], $9::date[], $10::timestamptz[], $11::text[], $12::text[], $13::text[])"
            + " as u(id, version, name, size, counter, price, currency, active, made_on, made_at, colour, tags,"
            + " legacy_code)";

    static final String VERTX_UPDATE = "update gadget t set size = u.size, counter = u.counter, version = t.version + 1"
            + " from unnest($1::uuid[], $2::bigint[], $3::int[], $4::bigint[]) as u(id, version, size, counter)"
            + " where t.id = u.id and t.version = u.version";

    @Inject
    Pool pool;

    record Result(String path, double setInsertRowsPerS, double setUpdateRowsPerS, double singleTxPerS) {}

    @Test
    void bench() {
        truncate();
        measure(); // warm-up of both paths
        List<Result> hibernate = new ArrayList<>();
        List<Result> vertx = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Result> both = measure();
            hibernate.add(both.get(0));
            vertx.add(both.get(1));
        }
        truncate();
        Result h = median("Hibernate Reactive session + SetStatements", hibernate);
        Result v = median("Vert.x SQL client alone", vertx);
        System.out.printf(
                Locale.ROOT,
                "%n| data path (median of %d rounds) | set insert, rows/s | set update, rows/s | single-record tx/s (c%d) |%n"
                        + "|---|---|---|---|%n",
                ROUNDS,
                CONCURRENCY);
        for (Result r : List.of(h, v)) {
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %,.0f |%n",
                    r.path(),
                    r.setInsertRowsPerS(),
                    r.setUpdateRowsPerS(),
                    r.singleTxPerS());
        }
        System.out.printf(
                Locale.ROOT,
                "| ratio Hibernate / Vert.x | %.2f | %.2f | %.2f |%n",
                h.setInsertRowsPerS() / v.setInsertRowsPerS(),
                h.setUpdateRowsPerS() / v.setUpdateRowsPerS(),
                h.singleTxPerS() / v.singleTxPerS());
    }

    private List<Result> measure() {
        List<List<Gadget>> hSets = sets();
        List<List<Gadget>> vSets = sets();
        double hInsert =
                rowsPerSecond(() -> sequential(hSets, set -> inHibernate(() -> SetStatements.insert(GADGETS, set))));
        double vInsert = rowsPerSecond(() -> sequential(vSets, set -> inVertx(VERTX_INSERT, insertTuple(set))));
        hSets.forEach(set -> set.forEach(g -> g.size = 42));
        vSets.forEach(set -> set.forEach(g -> g.size = 42));
        double hUpdate = rowsPerSecond(() -> sequential(
                hSets,
                set -> inHibernate(() -> SetStatements.update(GADGETS, GADGETS.columns("size", "counter"), set))));
        double vUpdate = rowsPerSecond(() -> sequential(vSets, set -> inVertx(VERTX_UPDATE, updateTuple(set))));
        double hSingle = perSecond(
                SINGLES,
                () -> concurrent(
                        SINGLES,
                        () -> inHibernate(() -> {
                            Gadget one = gadget();
                            return Panache.getSession()
                                    .chain(session -> session.persist(one))
                                    .chain(() -> SetStatements.insert(LOGS, List.of(GadgetLog.of(one.id, "created"))));
                        })));
        double vSingle = perSecond(
                SINGLES,
                () -> concurrent(
                        SINGLES,
                        () -> pool.withTransaction(connection -> {
                            Gadget one = gadget();
                            return connection
                                    .preparedQuery(
                                            "insert into gadget (id, version, name, size, counter, price, currency, active,"
                                                    + " made_on, made_at, colour, tags, legacy_code) values ($1, 0, $2, $3, $4, $5, $6, $7, $8,"
                                                    + " $9, $10, $11, $12)")
                                    .execute(Tuple.from(Arrays.asList(
                                            one.id,
                                            one.name,
                                            one.size,
                                            one.counter,
                                            one.price,
                                            one.currency,
                                            one.active,
                                            one.madeOn,
                                            time(one.madeAt),
                                            one.colour.name(),
                                            one.tags,
                                            one.code)))
                                    .chain(() -> connection
                                            .preparedQuery("insert into gadget_log (gadget_id, note) values ($1, $2)")
                                            .execute(Tuple.of(one.id, "created")))
                                    .replaceWithVoid();
                        })));
        return List.of(
                new Result("hibernate", hInsert, hUpdate, hSingle), new Result("vertx", vInsert, vUpdate, vSingle));
    }

    private static <T> Uni<Void> inHibernate(Supplier<Uni<T>> work) {
        return BackgroundWork.run(() -> Panache.withTransaction(work)).replaceWithVoid();
    }

    private Uni<Void> inVertx(String sql, Tuple tuple) {
        return BackgroundWork.run(() -> pool.withTransaction(
                        connection -> connection.preparedQuery(sql).execute(tuple)))
                .invoke(rows -> assertEquals(SET_SIZE, rows.rowCount()))
                .replaceWithVoid();
    }

    private static void sequential(
            List<List<Gadget>> sets, java.util.function.Function<List<Gadget>, Uni<Void>> write) {
        for (List<Gadget> set : sets) {
            write.apply(set).await().atMost(Duration.ofSeconds(60));
        }
    }

    private static void concurrent(int n, Supplier<Uni<Void>> transaction) {
        Semaphore slots = new Semaphore(CONCURRENCY);
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            slots.acquireUninterruptibly();
            CompletableFuture<Void> done = new CompletableFuture<>();
            transaction
                    .get()
                    .subscribe()
                    .with(
                            ok -> {
                                slots.release();
                                done.complete(null);
                            },
                            failure -> {
                                failed.incrementAndGet();
                                slots.release();
                                done.complete(null);
                            });
            all.add(done);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        assertEquals(0, failed.get(), "failed transactions");
    }

    private static double rowsPerSecond(Runnable work) {
        return perSecond(SETS * SET_SIZE, work);
    }

    private static double perSecond(int n, Runnable work) {
        long start = System.nanoTime();
        work.run();
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static List<List<Gadget>> sets() {
        List<List<Gadget>> sets = new ArrayList<>();
        for (int s = 0; s < SETS; s++) {
            List<Gadget> set = new ArrayList<>(SET_SIZE);
            for (int i = 0; i < SET_SIZE; i++) {
                set.add(gadget());
            }
            sets.add(set);
        }
        return sets;
    }

    private static Gadget gadget() {
        Gadget g = new Gadget();
        g.id = UUID.randomUUID();
        g.name = "gadget " + g.id;
        g.size = 3;
        g.counter = 7;
        g.price = new BigDecimal("19.90");
        g.currency = "CNY";
        g.active = true;
        g.madeOn = java.time.LocalDate.of(2026, 1, 1);
        g.madeAt = Instant.parse("2026-12-07T10:15:30.123456Z");
        g.colour = Gadget.Colour.RED;
        g.tags = new String[] {"vip", "east"};
        g.code = "X";
        return g;
    }

    private static Tuple insertTuple(List<Gadget> set) {
        int n = set.size();
        UUID[] id = new UUID[n];
        Long[] version = new Long[n];
        String[] name = new String[n];
        Integer[] size = new Integer[n];
        Long[] counter = new Long[n];
        BigDecimal[] price = new BigDecimal[n];
        String[] currency = new String[n];
        Boolean[] active = new Boolean[n];
        java.time.LocalDate[] madeOn = new java.time.LocalDate[n];
        OffsetDateTime[] madeAt = new OffsetDateTime[n];
        String[] colour = new String[n];
        String[] tags = new String[n];
        String[] code = new String[n];
        for (int i = 0; i < n; i++) {
            Gadget g = set.get(i);
            id[i] = g.id;
            version[i] = g.version;
            name[i] = g.name;
            size[i] = g.size;
            counter[i] = g.counter;
            price[i] = g.price;
            currency[i] = g.currency;
            active[i] = g.active;
            madeOn[i] = g.madeOn;
            madeAt[i] = time(g.madeAt);
            colour[i] = g.colour.name();
            tags[i] = g.tags.length == 0 ? "{}" : "{\"" + String.join("\",\"", g.tags) + "\"}"; // plain test tags
            code[i] = g.code;
        }
        return Tuple.tuple(
                List.of(id, version, name, size, counter, price, currency, active, madeOn, madeAt, colour, tags, code));
    }

    private static Tuple updateTuple(List<Gadget> set) {
        int n = set.size();
        UUID[] id = new UUID[n];
        Long[] version = new Long[n];
        Integer[] size = new Integer[n];
        Long[] counter = new Long[n];
        for (int i = 0; i < n; i++) {
            Gadget g = set.get(i);
            id[i] = g.id;
            version[i] = g.version;
            size[i] = g.size;
            counter[i] = g.counter;
            g.version++;
        }
        return Tuple.of(id, version, size, counter);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void truncate() {
        pool.query("truncate gadget, gadget_log").execute().await().atMost(Duration.ofSeconds(30));
    }

    private static Result median(String path, List<Result> results) {
        return new Result(
                path,
                median(results.stream().mapToDouble(Result::setInsertRowsPerS).toArray()),
                median(results.stream().mapToDouble(Result::setUpdateRowsPerS).toArray()),
                median(results.stream().mapToDouble(Result::singleTxPerS).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
