package io.trailscope.sql.dialect;

import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.SqlType;
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
import java.util.Optional;

/**
 * A real Trino, when the run is given one: {@code -Dtrailscope.trino.url=jdbc:trino://host:port/memory/default}
 * plus the trino-jdbc jar on the test classpath ({@code -Dmaven.test.additionalClasspath=.../trino-jdbc.jar}).
 * The memory catalog must be writable; fixture tables are dropped and recreated. Without the property, Trino
 * goldens are only parsed.
 */
final class TestingTrino implements TestingEngine {
    static final String URL_PROPERTY = "trailscope.trino.url";

    private static Optional<TestingTrino> shared;

    private final Connection connection;
    private final Dialect dialect;

    private TestingTrino(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** A session rendering with {@code dialect}: Trino, or Athena whose SQL is Trino SQL. */
    static Optional<TestingTrino> connect(Dialect dialect) {
        String url = System.getProperty(URL_PROPERTY, "");
        if (url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TestingTrino(DriverManager.getConnection(url, "trailscope-test", null), dialect));
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot reach Trino at " + url, e);
        }
    }

    /** One Trino session with {@link FixtureTables} for all golden tests of the run. */
    static synchronized Optional<TestingTrino> shared() {
        if (shared == null) {
            shared = connect(TrinoDialect.INSTANCE);
            shared.ifPresent(trino -> {
                trino.execute("DROP TABLE IF EXISTS aws.cloudtrail_logs");
                trino.execute("DROP SCHEMA IF EXISTS aws");
                trino.execute("DROP TABLE IF EXISTS users");
                trino.execute("DROP TABLE IF EXISTS main.users");
                trino.execute("CREATE SCHEMA IF NOT EXISTS main");
                FixtureTables.statements(trino.dialect()).forEach(trino::execute);
                // DuckDB's default schema is "main"; one golden names it.
                trino.execute("CREATE TABLE main.users AS SELECT * FROM users");
            });
        }
        return shared;
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

    @Override
    public String toString() {
        return dialect == TrinoDialect.INSTANCE ? "trino" : dialect.name() + " on trino";
    }

    /** Athena's TIMESTAMP is Trino's default timestamp(3); the Trino dialect asks for timestamp(6). */
    @Override
    public ChronoUnit timestampResolution() {
        return dialect.typeName(SqlType.TIMESTAMP).equals("TIMESTAMP(6)") ? ChronoUnit.MICROS : ChronoUnit.MILLIS;
    }

    @Override
    public Dialect dialect() {
        return dialect;
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
                        row[c] = result.getMetaData().getColumnType(c + 1) == Types.TIMESTAMP
                                ? result.getObject(c + 1, LocalDateTime.class)
                                : result.getObject(c + 1);
                    }
                    rows.add(Arrays.asList(row));
                }
                return rows;
            }
        }
        catch (SQLException e) {
            throw new AssertionError("Trino rejected:\n" + sql.text() + "\n" + e.getMessage(), e);
        }
    }
}
