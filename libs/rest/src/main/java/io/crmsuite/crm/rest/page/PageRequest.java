package io.crmsuite.crm.rest.page;

import io.crmsuite.crm.rest.problem.InvalidRequestException;

/**
 * A validated {@code limit} and {@code cursor} of a list request. Query parameters arrive as strings so that a
 * non-numeric limit is a 400 problem (a JAX-RS {@code Integer} parameter would answer 404). A limit over the cap is
 * rejected, not clamped: a client asking for 500 rows and silently getting 200 would mistake a page for the whole.
 *
 * @param cursor the decoded cursor, null on the first page
 */
public record PageRequest(int limit, Cursor cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /** With the default limit (50) and cap (200); services use {@link Pagination} for the configured ones. */
    public static PageRequest parse(String limit, String cursor) {
        return parse(limit, cursor, DEFAULT_LIMIT, MAX_LIMIT);
    }

    public static PageRequest parse(String limit, String cursor, int defaultLimit, int maxLimit) {
        return new PageRequest(parseLimit(limit, defaultLimit, maxLimit), parseCursor(cursor));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }

    public boolean isFirstPage() {
        return cursor == null;
    }

    /** How many rows to fetch: one more than the limit, to know whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }

    private static int parseLimit(String limit, int defaultLimit, int maxLimit) {
        if (limit == null || limit.isBlank()) {
            return Math.min(defaultLimit, maxLimit);
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= maxLimit) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidRequestException.forField("limit", "must be an integer between 1 and " + maxLimit);
    }

    private static Cursor parseCursor(String cursor) {
        return cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor);
    }
}
