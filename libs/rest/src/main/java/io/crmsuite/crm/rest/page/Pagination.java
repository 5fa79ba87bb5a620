package io.crmsuite.crm.rest.page;

import io.crmsuite.crm.rest.RestConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads {@code limit} and {@code cursor} with the configured default and cap ({@code crm.rest.page.*}). */
@ApplicationScoped
public class Pagination {
    private final int defaultLimit;
    private final int maxLimit;

    public Pagination(RestConfig config) {
        this.defaultLimit = config.page().defaultLimit();
        this.maxLimit = config.page().maxLimit();
    }

    public PageRequest request(String limit, String cursor) {
        return PageRequest.parse(limit, cursor, defaultLimit, maxLimit);
    }

    public int maxLimit() {
        return maxLimit;
    }
}
