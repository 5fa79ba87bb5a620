package io.crmsuite.crm.lead;

import io.crmsuite.crm.testkit.TestDatabase;

/** Plain SQL on the test database (libs/test-kit), for seeding many rows and checking rows the API does not show. */
final class Db {
    static final TestDatabase DATABASE = new TestDatabase("crm_lead_test");

    private Db() {}

    static void execute(String sql, Object... parameters) {
        DATABASE.execute(sql, parameters);
    }

    static long count(String sql, Object... parameters) {
        return DATABASE.count(sql, parameters);
    }

    static Object single(String sql, Object... parameters) {
        return DATABASE.single(sql, parameters);
    }
}
