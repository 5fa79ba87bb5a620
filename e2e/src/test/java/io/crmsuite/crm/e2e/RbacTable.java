package io.crmsuite.crm.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role × operation matrix of {@code e2e/RBAC.md}: one row per operation and record (an operation may have several
 * rows, e.g. for a record of its own and for an unknown id), one expected status per demo user.
 */
record RbacTable(List<String> users, List<Row> rows) {
    static final Path FILE = Path.of("RBAC.md");

    /** One row: {@code PATCH /api/v1/leads/{newLead}} and the status each user gets. */
    record Row(String method, String path, Map<String, Integer> expected) {
        /** The operation it exercises, with every path parameter written {@code {}}: {@code PATCH /api/v1/leads/{}}. */
        String operation() {
            return method + " " + placeholdersErased(path);
        }
    }

    static RbacTable read() {
        try {
            return parse(Files.readAllLines(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RbacTable parse(List<String> lines) {
        List<String> table =
                lines.stream().filter(line -> line.startsWith("| ")).toList();
        List<String> header = cells(table.getFirst());
        List<String> users = header.subList(1, header.size());
        List<Row> rows = new ArrayList<>();
        for (String line : table.subList(1, table.size())) {
            List<String> cells = cells(line);
            if (cells.size() != header.size()) {
                throw new IllegalStateException(
                        "RBAC.md row has " + cells.size() + " cells, not " + header.size() + ": " + line);
            }
            String endpoint = cells.getFirst();
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < users.size(); i++) {
                expected.put(users.get(i), Integer.parseInt(cells.get(i + 1)));
            }
            rows.add(new Row(
                    endpoint.substring(0, endpoint.indexOf(' ')),
                    endpoint.substring(endpoint.indexOf(' ') + 1),
                    expected));
        }
        return new RbacTable(users, rows);
    }

    /** {@code /api/v1/leads/{id}/status} → {@code /api/v1/leads/{}/status}: how a row and a document name the same. */
    static String placeholdersErased(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    private static List<String> cells(String row) {
        return Arrays.stream(row.split("\\|"))
                .map(String::trim)
                .filter(c -> !c.isEmpty() && !c.matches("-+"))
                .toList();
    }
}
