package io.crmsuite.crm.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the columns of a CSV upload become the JSON row a kind reads: each known column names a JSON field, dotted for a
 * nested one ({@code budgetAmount} → {@code budget.amount}); list columns hold several values separated by {@code ;};
 * required columns must be in the header. An unknown column refuses the whole upload (400), as an unknown JSON field
 * does.
 *
 * @param fields column → JSON path
 * @param lists columns holding several values
 * @param required columns the header must have
 */
public record CsvShape(Map<String, String> fields, Set<String> lists, Set<String> required) {
    /** Columns named like the JSON fields they fill. */
    public static CsvShape flat(List<String> columns, Set<String> lists, Set<String> required) {
        Map<String, String> fields = new LinkedHashMap<>();
        columns.forEach(column -> fields.put(column, column));
        return new CsvShape(Map.copyOf(fields), Set.copyOf(lists), Set.copyOf(required));
    }

    /** The same shape with some columns filling nested fields: {@code column → path.of.field}. */
    public CsvShape nested(Map<String, String> paths) {
        Map<String, String> merged = new LinkedHashMap<>(fields);
        merged.putAll(paths);
        return new CsvShape(Map.copyOf(merged), lists, required);
    }
}
