package io.crmsuite.crm.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * The rows of a job as stored (one JSON array text), read one row at a time: one pass finds where each row starts and
 * ends, and a row is parsed only when it is prepared. A job of 100,000 rows then holds its text (a few MB) and two
 * offsets per row, never 100,000 parsed trees at once (a service runs in a few hundred MB of heap).
 */
final class StoredRows {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private StoredRows(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    static StoredRows of(String text, ObjectMapper json) {
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int n = 0;
        try (JsonParser parser = json.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("stored import rows are not a JSON array");
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren(); // an object or array: to its end
                parser.finishToken(); // a scalar: a string is otherwise read lazily
                ends[n] = (int) parser.currentLocation().getCharOffset();
                n++;
            }
        } catch (IOException e) {
            throw new IllegalStateException("stored import rows unreadable", e);
        }
        return new StoredRows(text, starts, ends, n);
    }

    int size() {
        return size;
    }

    /** Row {@code index} (0-based), parsed now. */
    JsonNode row(int index, ObjectMapper json) {
        try {
            return json.readTree(text.substring(starts[index], ends[index]));
        } catch (IOException e) {
            throw new IllegalStateException("stored import row " + (index + 1) + " unreadable", e);
        }
    }
}
