package io.crmsuite.crm.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.persistence.testapp.Gadget;
import io.crmsuite.crm.persistence.testapp.GadgetLog;
import io.crmsuite.crm.testkit.CrmInfraTestResource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The one data path against the real PostgreSQL: set-based inserts, updates and reads carry every column kind in the
 * same Hibernate Reactive transaction as single-record writes, and the schema check sees what the code declares.
 */
@QuarkusTest
@QuarkusTestResource(
        value = CrmInfraTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "crm_kit_persistence"))
class SetStatementsIT {
    static final EntityTable<Gadget> GADGETS = EntityTable.of(Gadget.class);
    static final EntityTable<GadgetLog> LOGS = EntityTable.of(GadgetLog.class);

    @Inject
    SchemaCheck schema;

    @Test
    void everyColumnKindSurvivesAnInsertAndARead() throws Throwable {
        Gadget full = gadget("full, with \"quotes\" and, commas");
        full.size = 12;
        full.price = new BigDecimal("1234.50");
        full.currency = "CNY";
        full.madeOn = LocalDate.of(2026, 2, 28);
        full.madeAt = Instant.parse("2026-12-07T10:15:30.123456Z");
        full.colour = Gadget.Colour.GREEN;
        full.tags = new String[] {"a,b", "c\u001fd", "统一", "x\"y", "back\\slash", "{braces}", "NULL", "", " padded "};
        full.code = "L-1";
        Gadget empty = gadget("empty");
        tx(() -> SetStatements.insert(GADGETS, List.of(full, empty)));

        List<Gadget> read = tx(
                () -> SetStatements.select(GADGETS, "g", "from gadget g where g.id = any(?1) order by g.name", (Object)
                        new UUID[] {full.id, empty.id}));
        Gadget back = read.get(1);
        assertEquals(full.name, back.name);
        assertEquals(12, back.size);
        assertEquals(7L, back.counter);
        assertEquals(new BigDecimal("1234.50"), back.price);
        assertEquals("CNY", back.currency);
        assertTrue(back.active, "a boolean column reads back as stored (true)");
        assertEquals(full.madeOn, back.madeOn);
        assertEquals(full.madeAt, back.madeAt);
        assertEquals(Gadget.Colour.GREEN, back.colour);
        assertArrayEquals(full.tags, back.tags);
        assertEquals("L-1", back.code);
        Gadget none = read.get(0);
        assertNull(none.size);
        assertNull(none.price);
        assertNull(none.madeAt);
        assertNull(none.colour);
        assertArrayEquals(new String[0], none.tags);
    }

    @Test
    void anUpdateWritesOnlyItsColumnsAndGuardsTheVersion() throws Throwable {
        Gadget a = gadget("guarded a");
        Gadget b = gadget("guarded b");
        tx(() -> SetStatements.insert(GADGETS, List.of(a, b)));
        a.name = "renamed";
        a.size = 99;
        b.size = 5;
        tx(() -> SetStatements.update(GADGETS, GADGETS.columns("size"), List.of(a, b)));
        assertEquals(1L, a.version, "the entity's version follows the row's");
        Gadget stored = readOne(a.id);
        assertEquals(99, stored.size);
        assertEquals("guarded a", stored.name, "a column not named is not written");
        assertEquals(1L, stored.version);

        Gadget stale = readOne(b.id);
        stale.version = 0; // read before the update above
        stale.size = 1;
        Gadget fresh = readOne(a.id);
        fresh.size = 100;
        Throwable failure = assertThrows(
                Throwable.class,
                () -> tx(() -> SetStatements.update(GADGETS, GADGETS.columns("size"), List.of(fresh, stale))));
        assertInstanceOf(StaleRowsException.class, failure);
        assertEquals(99, readOne(a.id).size, "the whole statement rolled back with the transaction");
    }

    @Test
    void singleRecordsAndSetsShareOneTransaction() throws Throwable {
        Gadget single = gadget("single");
        Gadget inSet = gadget("in set");
        assertThrows(
                IllegalStateException.class,
                () -> tx(() -> Panache.getSession()
                        .chain(session -> session.persist(single))
                        .chain(() -> SetStatements.insert(GADGETS, List.of(inSet)))
                        .chain(() -> SetStatements.insert(LOGS, List.of(GadgetLog.of(inSet.id, "added"))))
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("later step fails")))));
        assertEquals(0L, count("select count(*) from gadget where id in (?1, ?2)", single.id, inSet.id));
        assertEquals(0L, count("select count(*) from gadget_log where gadget_id = ?1", inSet.id));

        tx(() -> Panache.getSession()
                .chain(session -> session.persist(single))
                .chain(() -> SetStatements.insert(GADGETS, List.of(inSet)))
                .chain(() -> SetStatements.insert(
                        LOGS, List.of(GadgetLog.of(inSet.id, "first"), GadgetLog.of(inSet.id, "second")))));
        assertEquals(2L, count("select count(*) from gadget where id in (?1, ?2)", single.id, inSet.id));
        List<Object[]> notes = tx(() -> SetStatements.rows(
                "select note, created_at from gadget_log where gadget_id = ?1 order by seq", inSet.id));
        assertEquals("first", notes.get(0)[0], "identity values follow the list order");
        assertEquals("second", notes.get(1)[0]);
        assertInstanceOf(java.time.OffsetDateTime.class, notes.get(0)[1], "the database default filled created_at");
    }

    @Test
    void aWriteOutsideATransactionFails() {
        Throwable failure = assertThrows(
                Throwable.class,
                () -> VertxContextSupport.subscribeAndAwait(
                        () -> Panache.withSession(() -> SetStatements.insert(GADGETS, List.of(gadget("outside"))))));
        assertInstanceOf(IllegalStateException.class, failure);
    }

    @Test
    void theSchemaMatchesTheDeclarations() throws Throwable {
        assertEquals(
                java.util.Set.of(Gadget.class, GadgetLog.class, JobLease.class),
                java.util.Set.copyOf(schema.tableClasses()));
        assertEquals(List.of(), VertxContextSupport.subscribeAndAwait(schema::differences));
    }

    @Test
    void backgroundWorkGetsItsOwnSession() throws Throwable {
        Gadget made = gadget("background");
        List<Gadget> found = new ArrayList<>();
        Uni<Void> work =
                BackgroundWork.run(() -> Panache.withTransaction(() -> SetStatements.insert(GADGETS, List.of(made))
                        .chain(() -> SetStatements.select(GADGETS, "g", "from gadget g where g.id = ?1", made.id))
                        .invoke(found::addAll)
                        .replaceWithVoid()));
        work.await().atMost(java.time.Duration.ofSeconds(10));
        assertEquals(1, found.size());
        assertEquals(made.id, readOne(made.id).id);
    }

    private static Gadget gadget(String name) {
        Gadget g = new Gadget();
        g.id = UUID.randomUUID();
        g.name = name;
        g.counter = 7;
        g.active = true;
        g.madeAt = null;
        g.note = "never stored";
        return g;
    }

    private static Gadget readOne(UUID id) throws Throwable {
        return tx(() -> SetStatements.select(GADGETS, "g", "from gadget g where g.id = ?1", id))
                .getFirst();
    }

    private static long count(String sql, Object... params) throws Throwable {
        return Sql.longValue(tx(() -> SetStatements.value(sql, params)));
    }

    static <T> T tx(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }
}
