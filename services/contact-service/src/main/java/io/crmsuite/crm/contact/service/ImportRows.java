package io.crmsuite.crm.contact.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Reads an upload into JSON rows shaped like {@code ContactInput} or {@code AccountInput}: a JSON array of objects, or
 * CSV with a header row (columns named like the JSON fields; list columns such as {@code emails}, {@code phones} and
 * {@code tags} hold several values separated by {@code ;}). Structurally broken uploads (not JSON, unterminated quotes, unknown columns) are a 400 for the whole
 * upload; row-level problems are judged later, row by row.
 */
public final class ImportRows {
    /** The columns an upload of one kind may have, and those holding several values separated by {@code ;}. */
    public record Shape(Set<String> columns, Set<String> lists) {}

    public static final Shape CONTACTS = new Shape(
            Set.of(
                    "givenName",
                    "familyName",
                    "displayName",
                    "emails",
                    "phones",
                    "title",
                    "birthday",
                    "region",
                    "country",
                    "preferredChannel",
                    "preferences",
                    "hiddenNeeds",
                    "source",
                    "tags",
                    "externalId"),
            Set.of("emails", "phones", "tags"));

    /** Rows shaped like {@code AccountInput}. */
    public static final Shape ACCOUNTS = new Shape(
            Set.of("name", "industry", "region", "country", "sizeBand", "website", "parentId", "tags", "externalId"),
            Set.of("tags"));

    private static final CsvMapper CSV = new CsvMapper();

    private ImportRows() {}

    /** A row as the API input it stands for, bean-validated like a single create; an invalid row throws. */
    static <T> T validated(
            com.fasterxml.jackson.databind.JsonNode row,
            Class<T> type,
            ObjectMapper json,
            jakarta.validation.Validator validator)
            throws com.fasterxml.jackson.core.JsonProcessingException {
        T input = json.treeToValue(row, type);
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new jakarta.validation.ConstraintViolationException(violations);
        }
        return input;
    }

    public static ArrayNode fromJson(String body, ObjectMapper json, int maxRows) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw InvalidRequestException.forField(null, "the upload is not valid JSON");
        }
        if (!(root instanceof ArrayNode rows) || rows.isEmpty()) {
            throw InvalidRequestException.forField(null, "a JSON import is a non-empty array of objects");
        }
        checkSize(rows.size(), maxRows);
        return rows;
    }

    public static ArrayNode fromCsv(String body, ObjectMapper json, int maxRows) {
        return fromCsv(body, json, maxRows, CONTACTS);
    }

    public static ArrayNode fromCsv(String body, ObjectMapper json, int maxRows, Shape shape) {
        ArrayNode rows = json.createArrayNode();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false))
                .readValues(body)) {
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                for (String column : row.keySet()) {
                    if (!shape.columns().contains(column)) {
                        throw InvalidRequestException.forField(
                                column, "is not a known column; use " + new java.util.TreeSet<>(shape.columns()));
                    }
                }
                rows.add(toNode(row, json, shape.lists()));
                checkSize(rows.size(), maxRows);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException || e instanceof PayloadTooLargeException) {
                throw (RuntimeException) e;
            }
            throw InvalidRequestException.forField(
                    "row " + (rows.size() + 1), "malformed CSV: " + firstLine(e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw InvalidRequestException.forField(null, "a CSV import needs a header row and at least one row");
        }
        return rows;
    }

    private static ObjectNode toNode(Map<String, String> row, ObjectMapper json, Set<String> lists) {
        ObjectNode node = json.createObjectNode();
        row.forEach((column, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            if (lists.contains(column)) {
                ArrayNode values = node.putArray(column);
                Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .forEach(values::add);
            } else {
                node.put(column, value);
            }
        });
        return node;
    }

    private static void checkSize(int rows, int maxRows) {
        if (rows > maxRows) {
            throw new PayloadTooLargeException("An import holds at most " + maxRows + " rows.");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
