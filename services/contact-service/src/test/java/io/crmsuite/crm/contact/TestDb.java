package io.crmsuite.crm.contact;

import io.crmsuite.crm.testkit.TestDatabase;
import java.util.List;

/** Plain SQL on the test database (libs/test-kit), for checks the API does not (and must not) offer. */
public final class TestDb {
    static final TestDatabase DATABASE = new TestDatabase(ContactTestResource.DATABASE);

    private TestDb() {}

    public static long count(String sql, Object... args) {
        return DATABASE.count(sql, args);
    }

    public static void execute(String sql, Object... args) {
        DATABASE.execute(sql, args);
    }

    /** The tables (of this service's schema) in which any row's text contains the value, ignoring case. */
    public static List<String> tablesContaining(String value) {
        return DATABASE.tablesContaining(value);
    }
}
