package io.crmsuite.crm.rest.page;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Keyset pagination over a stable sort {@code (sortColumn, idColumn)}: the sort column need not be unique, the id
 * breaks ties. Works for HQL (Panache {@code find}) and SQL alike, since it only emits a predicate, an order and named
 * parameters. Sort columns must be non-null (coalesce them in the model otherwise).
 *
 * <pre>
 * static final Keyset&lt;String, UUID&gt; BY_NAME = Keyset.ascending("name", "name", "id", s -&gt; s, UUID::fromString);
 * KeysetQuery q = BY_NAME.query(page);
 * Widget.&lt;Widget&gt;find(q.hql("owner = :owner"), q.parameters(Map.of("owner", me))).range(0, page.limit()).list()
 *       .map(rows -&gt; BY_NAME.page(rows, page, w -&gt; w.name, w -&gt; w.id));
 * </pre>
 *
 * @param <V> the sort value's type
 * @param <I> the id's type
 */
public final class Keyset<V, I> {
    public static final String VALUE_PARAMETER = "crmCursorValue";
    public static final String ID_PARAMETER = "crmCursorId";
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private final String sortKey;
    private final String sortColumn;
    private final String idColumn;
    private final boolean descending;
    private final Function<String, V> parseValue;
    private final Function<String, I> parseId;

    private Keyset(
            String sortKey,
            String sortColumn,
            String idColumn,
            boolean descending,
            Function<String, V> parseValue,
            Function<String, I> parseId) {
        this.sortKey = Objects.requireNonNull(sortKey);
        this.sortColumn = column(sortColumn);
        this.idColumn = column(idColumn);
        this.descending = descending;
        this.parseValue = parseValue;
        this.parseId = parseId;
    }

    /**
     * @param sortKey the sort's public name, stored in the cursor so a cursor of another sort is rejected
     * @param parseValue turns the cursor's text back into the sort value ({@code Instant::parse}, {@code s -> s} …)
     */
    public static <V, I> Keyset<V, I> ascending(
            String sortKey,
            String sortColumn,
            String idColumn,
            Function<String, V> parseValue,
            Function<String, I> parseId) {
        return new Keyset<>(sortKey, sortColumn, idColumn, false, parseValue, parseId);
    }

    public static <V, I> Keyset<V, I> descending(
            String sortKey,
            String sortColumn,
            String idColumn,
            Function<String, V> parseValue,
            Function<String, I> parseId) {
        return new Keyset<>(sortKey, sortColumn, idColumn, true, parseValue, parseId);
    }

    /** The predicate (empty on the first page), order and parameters for a request; 400 for a foreign cursor. */
    public KeysetQuery query(PageRequest request) {
        String direction = descending ? "desc" : "asc";
        String orderBy = sortColumn + " " + direction + ", " + idColumn + " " + direction;
        Cursor cursor = request.cursor();
        if (cursor == null) {
            return new KeysetQuery("", orderBy, Map.of());
        }
        if (!sortKey.equals(cursor.sort())) {
            throw Cursor.invalid();
        }
        String after = descending ? "<" : ">";
        String predicate = "(" + sortColumn + " " + after + " :" + VALUE_PARAMETER + " or (" + sortColumn + " = :"
                + VALUE_PARAMETER + " and " + idColumn + " " + after + " :" + ID_PARAMETER + "))";
        return new KeysetQuery(
                predicate,
                orderBy,
                Map.of(VALUE_PARAMETER, parse(parseValue, cursor.value()), ID_PARAMETER, parse(parseId, cursor.id())));
    }

    /** The cursor that continues after a row with this sort value and id. */
    public Cursor cursorAfter(V value, I id) {
        return new Cursor(sortKey, String.valueOf(value), String.valueOf(id));
    }

    /** The page of rows fetched with {@code limit + 1}; the next cursor points after the last row shown. */
    public <T> Page<T> page(List<T> fetched, PageRequest request, Function<T, V> valueOf, Function<T, I> idOf) {
        return Page.of(fetched, request, row -> cursorAfter(valueOf.apply(row), idOf.apply(row)));
    }

    private static <X> X parse(Function<String, X> parser, String text) {
        try {
            X parsed = parser.apply(text);
            if (parsed == null) {
                throw Cursor.invalid();
            }
            return parsed;
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    private static String column(String column) {
        if (column == null || !COLUMN.matcher(column).matches()) {
            throw new IllegalArgumentException("not a column name: " + column);
        }
        return column;
    }
}
