package io.crmsuite.crm.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crmsuite.crm.persistence.testapp.Gadget;
import io.crmsuite.crm.persistence.testapp.GadgetLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {
    private static List<Object[]> columns(String table, String... names) {
        List<Object[]> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new Object[] {table, name});
        }
        return rows;
    }

    private static List<Object[]> database() {
        List<Object[]> rows = new ArrayList<>();
        rows.addAll(columns(
                "gadget",
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
                "legacy_code"));
        rows.addAll(columns("gadget_log", "seq", "gadget_id", "note", "created_at"));
        rows.addAll(columns("flyway_schema_history", "version"));
        return rows;
    }

    @Test
    void agreementGivesNoDifferences() {
        assertEquals(List.of(), SchemaCheck.compare(database(), List.of(Gadget.class, GadgetLog.class)));
    }

    @Test
    void aColumnWithoutAFieldIsADifference() {
        List<Object[]> rows = database();
        rows.add(new Object[] {"gadget", "weight"});
        assertEquals(
                List.of("column gadget.weight has no field in " + Gadget.class.getName()),
                SchemaCheck.compare(rows, List.of(Gadget.class, GadgetLog.class)));
    }

    @Test
    void aFieldWithoutAColumnAndATableWithoutAClassAreDifferences() {
        List<Object[]> rows = new ArrayList<>(database());
        rows.removeIf(row -> row[1].equals("legacy_code"));
        rows.addAll(columns("orphan", "id"));
        assertEquals(
                List.of(
                        Gadget.class.getName() + " declares column gadget.legacy_code, which does not exist",
                        "table orphan is declared by no class"),
                SchemaCheck.compare(rows, List.of(Gadget.class, GadgetLog.class)));
    }
}
