package io.crmsuite.crm.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crmsuite.crm.persistence.testapp.Gadget;
import io.crmsuite.crm.persistence.testapp.GadgetLog;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EntityTableTest {
    @Test
    void columnsComeFromTheFieldsInOrder() {
        EntityTable<Gadget> table = EntityTable.of(Gadget.class);
        assertEquals("gadget", table.name());
        assertEquals(
                List.of(
                        "id",
                        "version",
                        "name",
                        "size",
                        "counter",
                        "price",
                        "currency",
                        "active",
                        "made_on",
                        "made_at",
                        "colour",
                        "tags",
                        "legacy_code"),
                table.columns().stream().map(TableColumn::name).toList(),
                "static, @Transient fields are no columns; @Column(name) wins over the field name");
        assertTrue(table.column("id").key());
        assertTrue(table.column("version").version());
        assertEquals(
                "g.id, g.version, g.name, g.size, g.counter, g.price, g.currency, g.active, g.made_on, g.made_at,"
                        + " g.colour, g.tags, g.legacy_code",
                table.selectList("g"));
    }

    @Test
    void databaseGeneratedColumnsAreNotInserted() {
        EntityTable<GadgetLog> table = EntityTable.of(GadgetLog.class);
        assertEquals(
                List.of("gadget_id", "note"),
                table.insertable().stream().map(TableColumn::name).toList());
    }

    /** A column the database computes (generated always as … stored) is read, never inserted nor ordered for. */
    @Table(name = "note")
    static class Note {
        @Id
        public UUID id;

        public String body;

        @jakarta.persistence.Column(name = "search_text", insertable = false, updatable = false)
        public String searchText;
    }

    @Test
    void computedColumnsAreReadButNotInsertedAndNeedNoInsertOrder() {
        EntityTable<Note> table = EntityTable.of(Note.class);
        assertEquals("n.id, n.body, n.search_text", table.selectList("n"));
        assertEquals(
                List.of("id", "body"),
                table.insertable().stream().map(TableColumn::name).toList());
        assertFalse(table.generatesValues(), "nothing the database numbers in insert order");
        assertTrue(EntityTable.of(GadgetLog.class).generatesValues());
    }

    @Test
    void namesFollowThePlatformsNamingStrategy() {
        assertEquals("email_normalized", EntityTable.snakeCase("emailNormalized"));
        assertEquals("utm_source", EntityTable.snakeCase("utmSource"));
        assertEquals("id", EntityTable.snakeCase("id"));
        assertEquals("last_purchase_at", EntityTable.snakeCase("lastPurchaseAt"));
    }

    @Test
    void anUnknownFieldFailsAtOnce() {
        EntityTable<Gadget> table = EntityTable.of(Gadget.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.columns("size", "sise"));
        assertEquals("Gadget has no column field sise", e.getMessage());
    }

    @Table(name = "ordinal")
    static class OrdinalEnum {
        @Id
        UUID id;

        @Enumerated
        Gadget.Colour colour;
    }

    static class NoTable {
        @Id
        UUID id;
    }

    @Test
    void unsupportedDeclarationsFailAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> EntityTable.of(OrdinalEnum.class));
        assertThrows(IllegalArgumentException.class, () -> EntityTable.of(NoTable.class));
    }
}
