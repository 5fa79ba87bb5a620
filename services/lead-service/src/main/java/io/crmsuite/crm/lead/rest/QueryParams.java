package io.crmsuite.crm.lead.rest;

import io.crmsuite.crm.rest.problem.FieldError;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Query parameters read by hand, so that a bad value is a 400 problem naming it (never a 404 or 500). */
final class QueryParams {
    private QueryParams() {}

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            List<String> allowed =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            throw InvalidRequestException.validation(
                    List.of(new FieldError(name, "must be one of: " + String.join(", ", allowed), allowed)));
        }
    }

    static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forField(name, "must be an RFC 3339 UTC time such as 2026-01-31T00:00:00Z");
        }
    }

    static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.forField(name, "must be a UUID");
        }
    }
}
