package io.crmsuite.crm.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * How one Java field type travels to and from PostgreSQL in set-based statements: the array parameter of an
 * {@code unnest(…)} (what Hibernate Reactive can bind: timestamps travel as ISO text, a row's array column as JSON text)
 * and the value read back from a native query (arrays come back as JSON text).
 */
enum ColumnKind {
    UUID_("uuid", UUID.class),
    TEXT("text", String.class),
    INTEGER("int", Integer.class),
    BIGINT("bigint", Long.class),
    NUMERIC("numeric", BigDecimal.class),
    BOOLEAN("boolean", Boolean.class),
    DATE("date", LocalDate.class),
    TIMESTAMP("timestamptz", String.class),
    ENUM("text", String.class),
    TEXT_ARRAY("jsonb", String.class);

    static final ObjectMapper JSON = new ObjectMapper();

    /** The SQL type of one element of the column's unnest parameter (timestamps and arrays arrive as text). */
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

    /** The unnest parameter {@code n} as SQL: {@code cast(?n as uuid[])}, timestamps and arrays through text. */
    String parameter(int n) {
        return switch (this) {
            case TIMESTAMP -> "cast(cast(?" + n + " as text[]) as timestamptz[])";
            case TEXT_ARRAY -> "cast(cast(?" + n + " as text[]) as jsonb[])";
            default -> "cast(?" + n + " as " + sqlType + "[])";
        };
    }

    /** The value of the unnested element {@code ref} as the column takes it. */
    String value(String ref) {
        return this == TEXT_ARRAY ? "array(select jsonb_array_elements_text(" + ref + "))" : ref;
    }

    /** The column {@code ref} as a native query returns it readably (arrays as JSON text). */
    String select(String ref) {
        return this == TEXT_ARRAY ? "cast(to_json(" + ref + ") as text)" : ref;
    }

    /** A field's value as an element of the column's array parameter. */
    Object toWire(Object value) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case TIMESTAMP -> value instanceof Instant i ? i.toString() : ((OffsetDateTime) value).toString();
            case ENUM -> ((Enum<?>) value).name();
            case TEXT_ARRAY -> json(value);
            default -> value;
        };
    }

    /** A value read by a native query as the field's type. */
    Object fromResult(Object value, Class<?> fieldType) {
        if (value == null) {
            return primitiveDefault(fieldType);
        }
        return switch (this) {
            case UUID_ -> value instanceof UUID ? value : UUID.fromString(value.toString());
            case INTEGER -> ((Number) value).intValue();
            case BIGINT -> ((Number) value).longValue();
            case NUMERIC -> value instanceof BigDecimal ? value : new BigDecimal(value.toString());
            case DATE -> value instanceof java.sql.Date d ? d.toLocalDate() : value;
            case TIMESTAMP -> timestamp(value, fieldType);
            case ENUM -> enumValue(fieldType, value.toString());
            case TEXT_ARRAY -> Sql.strings(value);
            default -> value;
        };
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

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value instanceof List<?> list ? list : value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("array column value not writable as JSON", e);
        }
    }
}
