package io.crmsuite.crm.persistence;

import io.vertx.sqlclient.data.Numeric;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * How one Java field type travels to and from PostgreSQL in set-based statements: the element of the column's array
 * parameter of an {@code unnest(…)}, bound by the reactive client with its own type (a timestamp as an
 * {@link OffsetDateTime}, a number as a {@link Numeric}), and the value a query returns for it. A row's array column (a
 * {@code text[]} per row: arrays of arrays cannot be unnested) travels as one element in PostgreSQL's own array input
 * syntax, every element quoted and escaped ({@link #arrayLiteral}), and is read back as the array itself.
 */
enum ColumnKind {
    UUID_("uuid", UUID.class),
    TEXT("text", String.class),
    INTEGER("int", Integer.class),
    BIGINT("bigint", Long.class),
    NUMERIC("numeric", Numeric.class),
    BOOLEAN("boolean", Boolean.class),
    DATE("date", LocalDate.class),
    TIMESTAMP("timestamptz", OffsetDateTime.class),
    ENUM("text", String.class),
    TEXT_ARRAY("text", String.class);

    /** The SQL type of one element of the column's unnest parameter (a row's array arrives as its text form). */
    final String sqlType;
    /** The Java element type of the array bound for the column. */
    final Class<?> wireType;

    ColumnKind(String sqlType, Class<?> wireType) {
        this.sqlType = sqlType;
        this.wireType = wireType;
    }

    static ColumnKind of(Class<?> type, boolean enumeratedAsString) {
        if (type == UUID.class) {
            return UUID_;
        } else if (type == String.class) {
            return TEXT;
        } else if (type == Integer.class || type == int.class) {
            return INTEGER;
        } else if (type == Long.class || type == long.class) {
            return BIGINT;
        } else if (type == BigDecimal.class) {
            return NUMERIC;
        } else if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        } else if (type == LocalDate.class) {
            return DATE;
        } else if (type == Instant.class || type == OffsetDateTime.class) {
            return TIMESTAMP;
        } else if (type.isEnum()) {
            if (!enumeratedAsString) {
                throw new IllegalArgumentException("enum " + type.getName() + " must be @Enumerated(EnumType.STRING)");
            }
            return ENUM;
        } else if (type == String[].class) {
            return TEXT_ARRAY;
        }
        throw new IllegalArgumentException("no column kind for " + type.getName());
    }

    /** The unnest parameter {@code n} as SQL: {@code cast(?n as uuid[])}. */
    String parameter(int n) {
        return "cast(?" + n + " as " + sqlType + "[])";
    }

    /** The value of the unnested element {@code ref} as the column takes it. */
    String value(String ref) {
        return this == TEXT_ARRAY ? "cast(" + ref + " as text[])" : ref;
    }

    /** A field's value as an element of the column's array parameter. */
    Object toWire(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case TIMESTAMP -> value instanceof Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC) : value;
            case ENUM -> ((Enum<?>) value).name();
            case NUMERIC -> Numeric.create((BigDecimal) value);
            case TEXT_ARRAY -> arrayLiteral(value instanceof List<?> list ? list : Arrays.asList((Object[]) value));
            default -> value;
        };
    }

    /** A value read by a query as the field's type. */
    Object fromResult(Object value, Class<?> fieldType) {
        if (value == null) {
            return primitiveDefault(fieldType);
        }
        return switch (this) {
            case UUID_ -> value instanceof UUID ? value : UUID.fromString(value.toString());
            case INTEGER -> ((Number) value).intValue();
            case BIGINT -> ((Number) value).longValue();
            case NUMERIC -> Sql.decimal(value);
            case DATE -> value instanceof java.sql.Date d ? d.toLocalDate() : value;
            case TIMESTAMP -> timestamp(value, fieldType);
            case ENUM -> enumValue(fieldType, value.toString());
            case TEXT_ARRAY -> Sql.strings(value);
            default -> value;
        };
    }

    /**
     * The elements in PostgreSQL's array input syntax ({@code {"a","b \"c\""}}): every element double-quoted, with
     * {@code "} and {@code \} escaped by a backslash, a null element as an unquoted {@code NULL}; so any text survives,
     * commas and braces included.
     */
    static String arrayLiteral(List<?> elements) {
        StringBuilder literal = new StringBuilder(2 + elements.size() * 16).append('{');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                literal.append(',');
            }
            Object element = elements.get(i);
            if (element == null) {
                literal.append("NULL");
                continue;
            }
            String text = element.toString();
            literal.append('"');
            for (int c = 0; c < text.length(); c++) {
                char ch = text.charAt(c);
                if (ch == '"' || ch == '\\') {
                    literal.append('\\');
                }
                literal.append(ch);
            }
            literal.append('"');
        }
        return literal.append('}').toString();
    }

    private static Object timestamp(Object value, Class<?> fieldType) {
        Instant instant = Sql.instant(value);
        return fieldType == OffsetDateTime.class ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : instant;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
