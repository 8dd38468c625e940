package io.launchcheck.gateway.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Writes that go to PostgreSQL in plain JDBC, one statement each: without a transaction active, the statement is the
 * transaction (one round trip, no BEGIN and COMMIT); inside one, the connection takes part in it.
 */
final class Statements {

    /** Sets a statement's parameters; the connection is there for what only it makes (arrays). */
    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement statement, Connection connection) throws SQLException;
    }

    private Statements() {
    }

    /** Runs {@code sql} with {@code parameters} set; a failure is an {@link IllegalStateException} saying {@code what}. */
    static void update(DataSource dataSource, String sql, Parameters parameters, String what) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            parameters.set(statement, connection);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(what + " could not be stored", e);
        }
    }
}
