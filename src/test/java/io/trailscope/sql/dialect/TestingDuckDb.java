package io.trailscope.sql.dialect;

import io.trailscope.sql.RenderedSql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A real in-memory DuckDB over JDBC, as the engine will use it. */
final class TestingDuckDb implements TestingEngine, AutoCloseable {
    private static TestingDuckDb shared;

    private final Connection connection;

    TestingDuckDb() {
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One database with {@link FixtureTables} for all golden tests of the run; in-memory, gone at JVM exit. */
    static synchronized TestingDuckDb shared() {
        if (shared == null) {
            shared = new TestingDuckDb();
            FixtureTables.statements(shared.dialect()).forEach(shared::execute);
        }
        return shared;
    }

    @Override
    public String toString() {
        return "duckdb";
    }

    @Override
    public ChronoUnit timestampResolution() {
        return ChronoUnit.MICROS;
    }

    @Override
    public Dialect dialect() {
        return DuckDbDialect.INSTANCE;
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public List<List<Object>> query(RenderedSql sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                statement.setObject(i + 1, sql.parameters().get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = value(result, c + 1);
                    }
                    rows.add(Arrays.asList(row));
                }
                return rows;
            }
        }
        catch (SQLException e) {
            throw new AssertionError("DuckDB rejected:\n" + sql.text() + "\n" + e.getMessage(), e);
        }
    }

    /** Timestamps as LocalDateTime, so no JVM time zone can shift them; everything else as the driver gives it. */
    private static Object value(ResultSet result, int column) throws SQLException {
        if (result.getMetaData().getColumnType(column) == Types.TIMESTAMP) {
            return result.getObject(column, LocalDateTime.class);
        }
        return result.getObject(column);
    }

    List<List<Object>> query(String sql) {
        return query(new RenderedSql(sql, List.of()));
    }

    /** Column labels of the query's result. */
    List<String> labels(RenderedSql sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql.text());
                ResultSet result = statement.executeQuery()) {
            List<String> labels = new ArrayList<>();
            for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                labels.add(result.getMetaData().getColumnLabel(c));
            }
            return labels;
        }
        catch (SQLException e) {
            throw new AssertionError("DuckDB rejected:\n" + sql.text() + "\n" + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
