package io.crmsuite.crm.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crmsuite.crm.rest.problem.InvalidRequestException;
import io.crmsuite.crm.rest.problem.PayloadTooLargeException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads an upload into JSON rows: a JSON array of objects, or CSV with a header row ({@link CsvShape}). An upload
 * that cannot be read as a whole (not JSON, unterminated quotes, an unknown or missing column, no rows) is a 400, more
 * rows than allowed a 413; empty lines are skipped; whether each row is valid is judged later, row by row. CPU work: call it off the event loop.
 */
public final class Uploads {
    public static final String CSV = "csv";
    public static final String JSON = "json";

    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    private Uploads() {}

    public static ArrayNode read(String format, String body, CsvShape shape, int maxRows, ObjectMapper json) {
        String text = body == null ? "" : body;
        if (text.isBlank()) {
            throw InvalidRequestException.forField(null, "the import is empty");
        }
        return CSV.equals(format) ? csv(text, shape, maxRows, json) : json(text, maxRows, json);
    }

    static ArrayNode json(String body, int maxRows, ObjectMapper json) {
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

    static ArrayNode csv(String body, CsvShape shape, int maxRows, ObjectMapper json) {
        ArrayNode rows = json.createArrayNode();
        try (MappingIterator<Map<String, String>> it = CSV_MAPPER
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(false))
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(body)) {
            boolean first = true;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (first) {
                    checkHeader(row.keySet(), shape);
                    first = false;
                }
                rows.add(toNode(row, shape, json));
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

    private static void checkHeader(java.util.Set<String> columns, CsvShape shape) {
        for (String column : columns) {
            if (!shape.fields().containsKey(column)) {
                throw InvalidRequestException.forField(
                        column,
                        "is not a known column; use "
                                + new TreeSet<>(shape.fields().keySet()));
            }
        }
        for (String required : new TreeSet<>(shape.required())) {
            if (!columns.contains(required)) {
                throw InvalidRequestException.forField(
                        null,
                        "the CSV header must name at least: " + String.join(", ", new TreeSet<>(shape.required())));
            }
        }
    }

    private static ObjectNode toNode(Map<String, String> row, CsvShape shape, ObjectMapper json) {
        ObjectNode node = json.createObjectNode();
        row.forEach((column, value) -> {
            if (value == null || value.isBlank()) {
                return;
            }
            String[] path = shape.fields().get(column).split("\\.");
            ObjectNode parent = node;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            String field = path[path.length - 1];
            if (shape.lists().contains(column)) {
                ArrayNode values = parent.putArray(field);
                Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .forEach(values::add);
            } else {
                parent.put(field, value.strip());
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
