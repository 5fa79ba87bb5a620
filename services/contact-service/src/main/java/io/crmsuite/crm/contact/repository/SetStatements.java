package io.crmsuite.crm.contact.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The statement shapes of the set-based import on one SQL connection: lookups by arrays of keys (no round trip when
 * there is nothing to look up) and batches of updates guarded by the version each row was read at.
 */
final class SetStatements {
    private SetStatements() {}

    /** The rows of a lookup, each mapped; an empty list without a round trip when {@code nothingToFind}. */
    static <T> Uni<List<T>> rows(
            SqlConnection connection, String sql, Tuple arrays, boolean nothingToFind, Function<Row, T> mapper) {
        if (nothingToFind) {
            return Uni.createFrom().item(List.of());
        }
        return connection.preparedQuery(sql).execute(arrays).map(rows -> {
            List<T> found = new ArrayList<>();
            rows.forEach(row -> found.add(mapper.apply(row)));
            return found;
        });
    }

    /** key → value of a lookup by one array of keys ({@code $1}); an empty map without a round trip for no keys. */
    static <K, V> Uni<Map<K, V>> pairs(
            SqlConnection connection, String sql, Object[] keys, Function<Row, K> key, Function<Row, V> value) {
        if (keys.length == 0) {
            return Uni.createFrom().item(Map.of());
        }
        return connection.preparedQuery(sql).execute(Tuple.of(keys)).map(rows -> {
            Map<K, V> found = new HashMap<>();
            rows.forEach(row -> found.put(key.apply(row), value.apply(row)));
            return found;
        });
    }

    /**
     * A batch of updates whose where-clause checks the version the row was read at; fails with {@code changed} when one
     * of them did not update exactly one row (the chunk's transaction then rolls back).
     */
    static Uni<Void> updateEach(SqlConnection connection, String sql, List<Tuple> batch, String changed) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).executeBatch(batch).map(first -> {
            for (RowSet<Row> rows = first; rows != null; rows = rows.next()) {
                if (rows.rowCount() != 1) {
                    throw new IllegalStateException(changed);
                }
            }
            return null;
        });
    }
}
