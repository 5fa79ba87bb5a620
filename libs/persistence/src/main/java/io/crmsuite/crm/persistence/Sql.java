package io.crmsuite.crm.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Parameters and results of native statements in the shape Hibernate Reactive handles: a timestamp is bound as an
 * {@link OffsetDateTime} (an array of them as ISO text: {@code cast(cast(?n as text[]) as timestamptz[])}), an enum by
 * name; an array in a result is selected as JSON text ({@code cast(to_json(x) as text)}) and read back here.
 */
public final class Sql {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Long>> LONGS = new TypeReference<>() {};

    private Sql() {}

    /** A scalar parameter as bound: {@link Instant} → UTC {@link OffsetDateTime}, enum → its name. */
    public static Object param(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        } else if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    /** Instants as the text array a {@code cast(cast(?n as text[]) as timestamptz[])} parameter takes. */
    public static String[] timestamps(Collection<Instant> instants) {
        return instants.stream().map(i -> i == null ? null : i.toString()).toArray(String[]::new);
    }

    public static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(v -> v == null ? null : v.name()).toArray(String[]::new);
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

    /** A text array selected as JSON text; an SQL null is an empty array. */
    public static String[] strings(Object json) {
        return json == null ? new String[0] : read(json, STRINGS).toArray(String[]::new);
    }

    /** A number array selected as JSON text; an SQL null is an empty list. */
    public static List<Long> longs(Object json) {
        return json == null ? List.of() : read(json, LONGS);
    }

    /** A timestamp array selected as JSON text; an SQL null is an empty list. */
    public static List<Instant> instants(Object json) {
        List<Instant> instants = new ArrayList<>();
        for (String value : strings(json)) {
            instants.add(value == null ? null : OffsetDateTime.parse(value).toInstant());
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

    private static <T> T read(Object json, TypeReference<T> type) {
        try {
            return ColumnKind.JSON.readValue(json.toString(), type);
        } catch (IOException e) {
            throw new IllegalStateException("not a JSON array: " + json, e);
        }
    }
}
