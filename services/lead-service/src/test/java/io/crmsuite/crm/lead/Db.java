package io.crmsuite.crm.lead;

import io.crmsuite.crm.testkit.TestInfrastructure;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain SQL on the test database, for seeding many rows and asserting on stored rows the API does not show. */
final class Db {
    private Db() {}

    static void execute(String sql, Object... parameters) {
        try (Connection c = TestInfrastructure.connect("crm_lead_test");
                PreparedStatement statement = prepare(c, sql, parameters)) {
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... parameters) {
        return (Long) single(sql, parameters);
    }

    static Object single(String sql, Object... parameters) {
        try (Connection c = TestInfrastructure.connect("crm_lead_test");
                PreparedStatement statement = prepare(c, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
