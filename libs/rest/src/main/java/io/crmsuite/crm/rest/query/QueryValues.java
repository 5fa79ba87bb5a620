package io.crmsuite.crm.rest.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The parsers behind {@link QueryParamConverters}: each takes a stripped, non-blank value and returns it converted, or
 * throws {@link IllegalArgumentException} with the message the caller sees (after the parameter's name).
 */
public final class QueryValues {
    private QueryValues() {}

    /** Parses one stripped, non-blank value; the exception's message says what the value must be. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String value);
    }

    /** Thrown for an enum value outside the allowed ones, which the problem lists. */
    public static final class NotAllowed extends IllegalArgumentException {
        private final transient List<String> allowed;

        NotAllowed(List<String> allowed) {
            super("must be one of: " + String.join(", ", allowed));
            this.allowed = List.copyOf(allowed);
        }

        public List<String> allowed() {
            return allowed;
        }
    }

    /** Text of at most {@code maxLength} characters (after stripping). */
    static Parser<String> text(int maxLength) {
        return value -> {
            if (value.length() > maxLength) {
                throw new IllegalArgumentException("must be at most " + maxLength + " characters");
            }
            return value;
        };
    }

    /** Case-insensitive, by constant name. */
    public static <E extends Enum<E>> Parser<E> enumParser(Class<E> type) {
        E[] constants = type.getEnumConstants();
        List<String> allowed = Arrays.stream(constants).map(Enum::name).toList();
        return value -> {
            for (E constant : constants) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw new NotAllowed(allowed);
        };
    }

    static UUID uuid(String value) {
        try {
            // fromString also takes short forms such as 1-2-3-4-5; only the canonical 36 characters are ids
            if (value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new IllegalArgumentException("must be a UUID");
    }

    static Instant instant(String value) {
        try {
            return Instant.parse(value.toUpperCase(Locale.ROOT));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("must be an RFC 3339 date-time such as 2026-01-31T00:00:00Z");
        }
    }

    static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("must be a date such as 2026-01-31");
        }
    }

    static Integer integer(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    static Long longInteger(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    static Boolean bool(String value) {
        if (value.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (value.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("must be true or false");
    }
}
