package io.crmsuite.crm.persistence;

import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Parameters and results of the native statements of {@link SetStatements}, which the reactive PostgreSQL client binds
 * with their own types: an {@link Instant} is bound as a UTC {@link OffsetDateTime}, an enum by its name, a
 * {@link BigDecimal} as a {@link Numeric} (arrays of them likewise). Results come back as the client reads them
 * (arrays as Java arrays), read here into the types the code uses.
 */
public final class Sql {

    private Sql() {}

    /** A parameter as bound: {@link Instant} → UTC {@link OffsetDateTime}, enum → its name, and arrays of them. */
    public static Object param(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        } else if (value instanceof Enum<?> e) {
            return e.name();
        } else if (value instanceof BigDecimal decimal) {
            return Numeric.create(decimal);
        } else if (value instanceof Instant[] instants) {
            return Arrays.stream(instants)
                    .map(i -> i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC))
                    .toArray(OffsetDateTime[]::new);
        } else if (value instanceof Enum<?>[] names) {
            return Arrays.stream(names).map(e -> e == null ? null : e.name()).toArray(String[]::new);
        } else if (value instanceof BigDecimal[] decimals) {
            return Arrays.stream(decimals)
                    .map(d -> d == null ? null : Numeric.create(d))
                    .toArray(Numeric[]::new);
        }
        return value;
    }

    /**
     * The statement with JPA-style positional parameters ({@code ?1}) as the PostgreSQL client takes them
     * ({@code $1}); a {@code ?} inside a quoted literal or identifier, or not followed by a digit (a JSON operator),
     * stays as it is.
     */
    public static String positional(String sql) {
        StringBuilder out = null;
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                if (out == null) {
                    out = new StringBuilder(sql.length()).append(sql, 0, i);
                }
                out.append('$');
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? sql : out.toString();
    }

    /**
     * The statement with named parameters ({@code :name}) numbered in order of first appearance ({@code ?1}), their
     * names added to {@code names}; a cast ({@code ::type}) and anything quoted stay as they are.
     */
    static String numbered(String sql, List<String> names) {
        StringBuilder out = new StringBuilder(sql.length());
        char quote = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
                continue;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                int index = names.indexOf(name);
                if (index < 0) {
                    names.add(name);
                    index = names.size() - 1;
                }
                out.append('?').append(index + 1);
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        } else if (value instanceof Instant instant) {
            return instant;
        } else if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).toInstant();
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static Long longValue(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    /** A numeric value as read ({@link Numeric}, {@link BigDecimal} or another number). */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof BigDecimal decimal) {
            return decimal;
        } else if (value instanceof Numeric numeric) {
            return numeric.bigDecimalValue();
        }
        return new BigDecimal(value.toString());
    }

    /** A text array as read; an SQL null is an empty array. */
    public static String[] strings(Object value) {
        if (value == null) {
            return new String[0];
        } else if (value instanceof String[] strings) {
            return strings;
        }
        return Arrays.stream((Object[]) value)
                .map(v -> v == null ? null : v.toString())
                .toArray(String[]::new);
    }

    /** A number array as read; an SQL null is an empty list. */
    public static List<Long> longs(Object value) {
        return value == null
                ? List.of()
                : Arrays.stream((Object[]) value).map(Sql::longValue).toList();
    }

    /** A timestamp array as read; an SQL null is an empty list. */
    public static List<Instant> instants(Object value) {
        List<Instant> instants = new ArrayList<>();
        if (value != null) {
            for (Object v : (Object[]) value) {
                instants.add(instant(v));
            }
        }
        return instants;
    }

    /**
     * A deadlock or a serialization failure somewhere in the failure's causes (SQLSTATE 40P01, 40001): the transaction
     * lost to a concurrent one and may simply be run again.
     */
    public static boolean lostToConcurrency(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof java.sql.SQLException sql
                    ? sql.getSQLState()
                    : t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState() : null;
            if ("40P01".equals(state) || "40001".equals(state)) {
                return true;
            }
        }
        return false;
    }
}
