package io.crmsuite.crm.contact.repository;

import io.vertx.mutiny.sqlclient.Tuple;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows turned into one array per column, for {@code insert … select … from unnest($1, $2, …)}: one statement (and one
 * round trip) for a whole chunk instead of one per row. Each column has a declared element type (UUID, LocalDate,
 * String), so that a column of nulls still binds as the right array type.
 */
final class Columns {
    private final Class<?>[] types;
    private final List<List<Object>> columns = new ArrayList<>();

    Columns(int rows, Class<?>... types) {
        this.types = types;
        for (int i = 0; i < types.length; i++) {
            columns.add(new ArrayList<>(rows));
        }
    }

    void add(Object... row) {
        if (row.length != types.length) {
            throw new IllegalArgumentException("expected " + types.length + " values, got " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            columns.get(i).add(types[i].cast(row[i]));
        }
    }

    Tuple tuple() {
        Tuple tuple = Tuple.tuple();
        for (int i = 0; i < types.length; i++) {
            List<Object> column = columns.get(i);
            tuple.addValue(column.toArray((Object[]) Array.newInstance(types[i], column.size())));
        }
        return tuple;
    }
}
