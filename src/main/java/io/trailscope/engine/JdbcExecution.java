package io.trailscope.engine;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.RenderedSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs rendered SQL on a JDBC connection: parameters bound with {@code setObject}, rows read as plain values. */
final class JdbcExecution {
    private JdbcExecution() {}

    static ResultTable execute(Connection connection, RenderedSql sql, int maxRows, String engine) {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                statement.setObject(i + 1, sql.parameters().get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                return JdbcResults.read(rows, maxRows);
            }
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_QUERY_FAILED, engine + " rejected the query: "
                    + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    static String firstLine(String text) {
        String stripped = text.strip();
        int cut = stripped.indexOf('\n');
        return cut < 0 ? stripped : stripped.substring(0, cut);
    }
}
