package io.crmsuite.crm.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void positionalParametersBecomeTheClientsPlaceholders() {
        assertEquals(
                "select * from t where a = $1 and b = any($12) and c ?| array['k'] and d = '?1' and \"?2\" = 1",
                Sql.positional(
                        "select * from t where a = ?1 and b = any(?12) and c ?| array['k'] and d = '?1' and \"?2\" = 1"));
        assertEquals("select 'it''s ?1', $2", Sql.positional("select 'it''s ?1', ?2"));
        String unchanged = "select 1";
        assertEquals(unchanged, Sql.positional(unchanged));
    }

    @Test
    void namedParametersAreNumberedInOrderOfFirstUse() {
        List<String> names = new ArrayList<>();
        assertEquals(
                "select x::text, ':skip' from t where a = ?1 and (b = ?2 or a2 = ?1) and c = any(?3)",
                Sql.numbered(
                        "select x::text, ':skip' from t where a = :a and (b = :bee or a2 = :a) and c = any(:ids)",
                        names));
        assertEquals(List.of("a", "bee", "ids"), names);
    }

    @Test
    void arraysTravelInPostgresArraySyntaxWithEveryElementQuoted() {
        assertEquals("{}", ColumnKind.arrayLiteral(List.of()));
        assertEquals(
                "{\"a,b\",\"x\\\"y\",\"back\\\\slash\",NULL,\"NULL\",\"\",\"{}\"}",
                ColumnKind.arrayLiteral(Arrays.asList("a,b", "x\"y", "back\\slash", null, "NULL", "", "{}")));
    }

    @Test
    void parametersAreBoundAsTheClientTypesThem() {
        Instant at = Instant.parse("2026-12-07T10:15:30.123456Z");
        assertEquals(at, ((OffsetDateTime) Sql.param(at)).toInstant());
        assertEquals("NEW", Sql.param(Colour.NEW));
        assertInstanceOf(Numeric.class, Sql.param(new BigDecimal("1.50")));
        OffsetDateTime[] times = (OffsetDateTime[]) Sql.param(new Instant[] {at, null});
        assertEquals(at, times[0].toInstant());
        assertNull(times[1], "a null element stays null in the bound array");
        assertArrayEquals(new String[] {"NEW", null}, (String[]) Sql.param(new Colour[] {Colour.NEW, null}));
    }

    @Test
    void resultsAreReadFromTheClientsTypes() {
        assertArrayEquals(new String[] {"a", "b"}, Sql.strings(new String[] {"a", "b"}));
        assertArrayEquals(new String[0], Sql.strings(null));
        assertEquals(List.of(3L, 4L), Sql.longs(new Long[] {3L, 4L}));
        Instant at = Instant.parse("2026-12-07T10:15:30Z");
        assertEquals(List.of(at), Sql.instants(new OffsetDateTime[] {OffsetDateTime.parse("2026-12-07T10:15:30Z")}));
        assertEquals(new BigDecimal("1.50"), Sql.decimal(Numeric.create(new BigDecimal("1.50"))));
    }

    private enum Colour {
        NEW
    }
}
