package io.crmsuite.crm.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

/**
 * Set-based statements in the caller's Hibernate Reactive session — the same transaction as every single-record write
 * ({@code @WithTransaction}, {@code Panache.withTransaction}), so a set of changes and their outbox rows commit
 * together by construction. Rows are inserted and updated with one statement per set ({@code unnest} of one array
 * parameter per column), the columns coming from the entity ({@link EntityTable}); rows read set-based are detached
 * entities (not managed by the session: write them back with {@link #update}, never by changing them and flushing).
 * Writes fail outside a transaction.
 *
 * <p>The statements run on the session's own connection, after the session is flushed (as Hibernate flushes before a
 * native query), with the PostgreSQL client's typed parameters: no Hibernate query plan per call, arrays, timestamps
 * and numbers bound as themselves (see {@link Sql#param}). Parameters are positional ({@code ?1, ?2, …}). An array
 * passed as the only parameter must be cast to {@code Object} ({@code select(t, "t", "… = any(?1)", (Object) ids)}),
 * or Java spreads it over the varargs.
 */
public final class SetStatements {
    private SetStatements() {}

    /**
     * Inserts the rows with one statement. When the table has database-generated columns (an identity such as the
     * outbox's sequence), rows are inserted in list order, so the values are assigned in that order; otherwise in no
     * particular order (sorting a set nobody reads in order costs a sort per statement).
     */
    public static <E> Uni<Void> insert(EntityTable<E> table, List<E> rows) {
        return insert(table, rows, "").replaceWithVoid();
    }

    /**
     * Inserts the rows with one statement ending in {@code onConflict} (e.g. {@code on conflict do nothing}); the
     * number of rows inserted or updated by the conflict clause.
     */
    public static <E> Uni<Integer> insert(EntityTable<E> table, List<E> rows, String onConflict) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<TableColumn> columns = table.insertable();
        boolean inListOrder = table.generatesValues();
        String names = columns.stream().map(TableColumn::name).collect(Collectors.joining(", "));
        String sql = "insert into " + table.name() + " (" + names + ") select "
                + columns.stream().map(c -> c.kind().value("u." + c.name())).collect(Collectors.joining(", "))
                + " from " + unnest(columns, 1)
                + (inListOrder ? " with ordinality as u(" + names + ", ord$) order by u.ord$" : " as u(" + names + ")")
                + (onConflict.isBlank() ? "" : " " + onConflict);
        return write(sql, arrays(columns, rows));
    }

    /**
     * Writes these columns of the rows with one statement, matched by key. With a {@code @Version} column, a row must
     * still be at the version it was read at (and its version is increased, here as in the entity): when one is not, the
     * statement fails with {@link StaleRowsException} and the caller's transaction rolls back.
     */
    public static <E> Uni<Void> update(EntityTable<E> table, List<TableColumn> columns, List<E> rows) {
        return update(table, columns, rows, row -> 1);
    }

    /**
     * Like {@link #update(EntityTable, List, List)}, for rows that each record several changes at once (e.g. an import
     * chunk that merged two rows into one stored contact, each announced with its own version): the version of a row
     * increases by its number of {@code changes}.
     */
    public static <E> Uni<Void> update(
            EntityTable<E> table, List<TableColumn> columns, List<E> rows, ToIntFunction<E> changes) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<TableColumn> keys = table.keys();
        TableColumn version = table.versionColumn();
        List<TableColumn> bound = new ArrayList<>(keys);
        if (version != null) {
            bound.add(version);
        }
        columns.stream().filter(c -> !c.key() && !c.version()).forEach(bound::add);
        String sets = columns.stream()
                .filter(c -> !c.key() && !c.version())
                .map(c -> c.name() + " = " + c.kind().value("u." + c.name()))
                .collect(Collectors.joining(", "));
        String names = bound.stream().map(TableColumn::name).collect(Collectors.joining(", "));
        Object[] params = arrays(bound, rows);
        String unnest = unnest(bound, 1);
        if (version != null) {
            sets += (sets.isEmpty() ? "" : ", ") + version.name() + " = t." + version.name() + " + u.changes$";
            names += ", changes$";
            params = Arrays.copyOf(params, params.length + 1);
            params[params.length - 1] = rows.stream().map(changes::applyAsInt).toArray(Integer[]::new);
            unnest = unnest.substring(0, unnest.length() - 1) + ", cast(?" + params.length + " as int[]))";
        }
        String match = bound.stream()
                .filter(c -> c.key() || c.version())
                .map(c -> "t." + c.name() + " = u." + c.name())
                .collect(Collectors.joining(" and "));
        String sql =
                "update " + table.name() + " t set " + sets + " from " + unnest + " as u(" + names + ") where " + match;
        return write(sql, params)
                .invoke(updated -> {
                    if (updated != rows.size()) {
                        throw new StaleRowsException(table.name(), updated, rows.size());
                    }
                    if (version != null) {
                        rows.forEach(row -> advanceVersion(version, row, changes.applyAsInt(row)));
                    }
                })
                .replaceWithVoid();
    }

    /**
     * Rows of the table as detached entities: {@code select <every column of alias> <rest>}, where {@code rest} is the
     * {@code from … where …} part, e.g. {@code "from lead l where l.id = any(?1)"}.
     */
    public static <E> Uni<List<E>> select(EntityTable<E> table, String alias, String rest, Object... params) {
        return rows("select " + table.selectList(alias) + " " + rest, params).map(rows -> {
            List<E> entities = new ArrayList<>(rows.size());
            rows.forEach(row -> entities.add(table.read(row, 0)));
            return entities;
        });
    }

    /** Like {@link #select(EntityTable, String, String, Object...)}, with named parameters ({@code :name}). */
    public static <E> Uni<List<E>> select(EntityTable<E> table, String alias, String rest, Map<String, ?> params) {
        return rows("select " + table.selectList(alias) + " " + rest, params).map(rows -> {
            List<E> entities = new ArrayList<>(rows.size());
            rows.forEach(row -> entities.add(table.read(row, 0)));
            return entities;
        });
    }

    /**
     * Some columns of the table's rows (the others left at their defaults in the detached entities): {@code select
     * <the columns of alias> <rest>}. For reads that need a few columns of large rows; write back only those columns.
     */
    public static <E> Uni<List<E>> select(
            EntityTable<E> table, List<TableColumn> columns, String alias, String rest, Object... params) {
        return rows("select " + EntityTable.selectList(columns, alias) + " " + rest, params)
                .map(rows -> {
                    List<E> entities = new ArrayList<>(rows.size());
                    rows.forEach(row -> entities.add(table.read(columns, row, 0)));
                    return entities;
                });
    }

    /** Like {@link #select(EntityTable, List, String, String, Object...)}, with {@code extra} expressions after. */
    public static <E> Uni<List<Selected<E>>> selectWith(
            EntityTable<E> table,
            List<TableColumn> columns,
            String alias,
            String extra,
            String rest,
            Object... params) {
        int offset = columns.size();
        return rows("select " + EntityTable.selectList(columns, alias) + ", " + extra + " " + rest, params)
                .map(rows -> {
                    List<Selected<E>> selected = new ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        Object[] more = new Object[row.length - offset];
                        System.arraycopy(row, offset, more, 0, more.length);
                        selected.add(new Selected<>(table.read(columns, row, 0), more));
                    }
                    return selected;
                });
    }

    /** A detached entity and the extra values selected after its columns. */
    public record Selected<E>(E entity, Object[] extra) {}

    /** Like {@link #select}, with {@code extra} select expressions after the table's columns. */
    public static <E> Uni<List<Selected<E>>> selectWith(
            EntityTable<E> table, String alias, String extra, String rest, Object... params) {
        return selectWith(table, table.columns(), alias, extra, rest, params);
    }

    /** The rows of a native query, each as an array of its values (an array column as a Java array). */
    public static Uni<List<Object[]>> rows(String sql, Object... params) {
        Object[] bound = bound(params);
        return Panache.getSession()
                .chain(session -> onConnection(session, c -> c.select(Sql.positional(sql), bound)))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>(result.size());
                    result.forEachRemaining(rows::add);
                    return rows;
                });
    }

    /** The rows of a native query with named parameters ({@code :name}), e.g. with a record scope's predicate. */
    public static Uni<List<Object[]>> rows(String sql, Map<String, ?> params) {
        List<String> names = new ArrayList<>();
        String positional = Sql.numbered(sql, names);
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
            if (!params.containsKey(names.get(i))) {
                throw new IllegalArgumentException("no value for parameter :" + names.get(i));
            }
            values[i] = params.get(names.get(i));
        }
        return rows(positional, values);
    }

    /** The first value of the first row, or null without rows. */
    public static Uni<Object> value(String sql, Object... params) {
        return rows(sql, params).map(rows -> rows.isEmpty() ? null : rows.getFirst()[0]);
    }

    /** Runs a writing statement in the caller's transaction; the number of rows it changed. */
    public static Uni<Integer> execute(String sql, Object... params) {
        return write(sql, bound(params));
    }

    /** The session of the caller's transaction: a write outside one fails (its outbox rows must commit with it). */
    public static Uni<Mutiny.Session> transactionalSession() {
        return Panache.currentTransaction()
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException(
                        "a write must run inside the transaction of its state change (@WithTransaction)"))
                .chain(tx -> Panache.getSession());
    }

    private static Uni<Integer> write(String sql, Object[] params) {
        return transactionalSession()
                .chain(session -> onConnection(session, c -> c.update(Sql.positional(sql), params)));
    }

    /**
     * Runs a statement on the session's connection (its transaction) once the session's pending changes are flushed.
     * The connection is Hibernate Reactive's SPI ({@link ReactiveConnection}); a session gives it only through its
     * implementation class, the one use of Hibernate Reactive internals (see the root README).
     */
    private static <T> Uni<T> onConnection(
            Mutiny.Session session, java.util.function.Function<ReactiveConnection, CompletionStage<T>> statement) {
        ReactiveConnection connection = ((MutinySessionImpl) session).getReactiveConnection();
        return session.flush().chain(() -> Uni.createFrom().completionStage(() -> statement.apply(connection)));
    }

    private static Object[] bound(Object[] params) {
        Object[] bound = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            bound[i] = Sql.param(params[i]);
        }
        return bound;
    }

    private static String unnest(List<TableColumn> columns, int first) {
        StringBuilder sql = new StringBuilder("unnest(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).kind().parameter(first + i));
        }
        return sql.append(')').toString();
    }

    /** One typed array per column, one element per row. */
    private static Object[] arrays(List<TableColumn> columns, List<?> rows) {
        Object[] arrays = new Object[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            TableColumn column = columns.get(c);
            Object array = Array.newInstance(column.kind().wireType, rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Array.set(array, r, column.wireValue(rows.get(r)));
            }
            arrays[c] = array;
        }
        return arrays;
    }

    private static void advanceVersion(TableColumn version, Object row, int by) {
        try {
            Object current = version.field().get(row);
            version.field()
                    .set(
                            row,
                            current instanceof Integer n
                                    ? (Object) (n + by)
                                    : (Object) (((Number) current).longValue() + by));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
