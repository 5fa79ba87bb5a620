package io.crmsuite.crm.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a job's rows are cut into chunks (lists of 0-based row indexes, each written in one transaction). Deterministic:
 * the same upload gives the same chunks, so a job resumed after a restart skips exactly the chunks that committed.
 */
final class Chunks {
    private Chunks() {}

    /** Consecutive rows, {@code size} at a time. */
    static List<List<Integer>> consecutive(int rows, int size) {
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < rows; from += size) {
            List<Integer> chunk = new ArrayList<>(Math.min(size, rows - from));
            for (int i = from; i < Math.min(rows, from + size); i++) {
                chunk.add(i);
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    /**
     * Rows sharing a key (directly or through other rows) in the same chunk, in upload order; groups in the order of
     * their first row, packed into chunks of about {@code size} rows (a larger group makes a chunk of its own).
     */
    static List<List<Integer>> grouped(List<List<String>> keysPerRow, int size) {
        int[] parent = new int[keysPerRow.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < keysPerRow.size(); i++) {
            for (String key : keysPerRow.get(i)) {
                Integer earlier = firstWithKey.putIfAbsent(key, i);
                if (earlier != null) {
                    union(parent, earlier, i);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            groups.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> chunks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (!current.isEmpty() && current.size() + group.size() > size) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.addAll(group);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        chunks.forEach(chunk -> chunk.sort(Integer::compare));
        return chunks;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = root(parent, a);
        int rb = root(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb); // the earliest row names the group
        }
    }
}
