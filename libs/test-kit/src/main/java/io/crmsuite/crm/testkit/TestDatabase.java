package io.crmsuite.crm.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on a test database of the stack's PostgreSQL: seeding many rows, and checks on stored rows the API does not
 * (and must not) show. One instance per database, e.g. {@code new TestDatabase("crm_lead_test")}.
 */
public record TestDatabase(String name) {

    public void execute(String sql, Object... parameters) {
        try (Connection c = TestInfrastructure.connect(name);
                PreparedStatement statement = prepare(c, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row as a number (a count), 0 without rows. */
    public long count(String sql, Object... parameters) {
        Object value = single(sql, parameters);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The first column of the first row, null without rows. */
    public Object single(String sql, Object... parameters) {
        try (Connection c = TestInfrastructure.connect(name);
                PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row. */
    public List<Object> column(String sql, Object... parameters) {
        List<Object> values = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect(name);
                PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return values;
    }

    /** The tables of the database in which any row's text contains the value, ignoring case (erasure checks). */
    public List<String> tablesContaining(String value) {
        List<String> found = new ArrayList<>();
        try (Connection c = TestInfrastructure.connect(name);
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

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
