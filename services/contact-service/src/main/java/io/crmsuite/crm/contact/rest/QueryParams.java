package io.crmsuite.crm.contact.rest;

import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Query parameters arrive as text so that a bad value is a 400 problem naming the parameter (never a 404). */
final class QueryParams {
    static final int MAX_TEXT = 200;

    private QueryParams() {}

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw InvalidRequestException.validation(
                    List.of(new FieldError(name, "is not one of the allowed values", allowed)));
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forField(name, "must be an ISO-8601 UTC time such as 2026-01-31T00:00:00Z");
        }
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidRequestException.forField(name, "must be at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    static String oneOf(String name, String value, String fallback, String... allowed) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (String candidate : allowed) {
            if (candidate.equals(value)) {
                return value;
            }
        }
        throw InvalidRequestException.validation(
                List.of(new FieldError(name, "is not one of the allowed values", List.of(allowed))));
    }
}
