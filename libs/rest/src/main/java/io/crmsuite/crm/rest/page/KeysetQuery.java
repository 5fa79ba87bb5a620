package io.crmsuite.crm.rest.page;

import java.util.HashMap;
import java.util.Map;

/**
 * The keyset part of a list query.
 *
 * @param predicate {@code (sort > :v or (sort = :v and id > :id))}, empty on the first page
 * @param orderBy {@code sort asc, id asc} (without the {@code order by} keywords)
 * @param parameters the cursor's values for the predicate
 */
public record KeysetQuery(String predicate, String orderBy, Map<String, Object> parameters) {

    public KeysetQuery {
        parameters = Map.copyOf(parameters);
    }

    /**
     * A Panache/HQL query string: the filter (may be null or blank) and the keyset predicate joined with {@code and},
     * then the order. Panache prefixes it with {@code from Entity where} (or just {@code from Entity}).
     */
    public String hql(String filter) {
        boolean hasFilter = filter != null && !filter.isBlank();
        String where = hasFilter && !predicate.isEmpty()
                ? "(" + filter + ") and " + predicate
                : hasFilter ? filter : predicate;
        return (where.isEmpty() ? "" : where + " ") + "order by " + orderBy;
    }

    /** The keyset parameters plus the filter's own. */
    public Map<String, Object> parameters(Map<String, ?> filterParameters) {
        Map<String, Object> all = new HashMap<>(filterParameters);
        all.putAll(parameters);
        return all;
    }
}
