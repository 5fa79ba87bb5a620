package io.crmsuite.crm.contact;

import io.crmsuite.crm.testkit.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the test database, for checks the API does not (and must not) offer. */
public final class TestDb {
    private TestDb() {}

    private static Connection connect() throws SQLException {
        return TestInfrastructure.connect(ContactTestResource.DATABASE);
    }

    public static long count(String sql, Object... args) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables (of this service's schema) in which any row's text contains the value, ignoring case. */
    public static List<String> tablesContaining(String value) {
        List<String> found = new ArrayList<>();
        try (Connection c = connect();
                ResultSet tables = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            for (String table : names) {
                try (PreparedStatement s =
                        c.prepareStatement("select count(*) from \"" + table + "\" t where t::text ilike ?")) {
                    s.setString(1, "%" + value + "%");
                    try (ResultSet rows = s.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.add(table);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }
}
