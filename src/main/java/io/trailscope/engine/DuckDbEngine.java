package io.trailscope.engine;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;
import io.trailscope.sql.dialect.DuckDbDialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * The local store as a query engine. An in-memory DuckDB attaches the store file read-only (so several readers
 * share it, and nothing a query does can change it) and makes it the default catalog, so the Presto macros in the
 * file resolve. Each schema alias ({@code aws_optimizer: main}) becomes an in-memory catalog of views over the
 * store's tables, so a model's {@code sql_table_name: aws_optimizer.cloudtrail_logs} runs unchanged. The Presto
 * macros are also created per session (TEMP, which wins over the file's), so a store written by an older release
 * answers with today's definitions. Queries from several threads run at once, each on its own session (a duplicate of
 * the first connection, up to the number of cores), so a dashboard's tiles do not wait for each other.
 */
public final class DuckDbEngine implements Engine {
    static final String STORE_CATALOG = "trailscope_store";

    private final Path store;
    private final Connection connection;
    /** Sessions not running a query; more are duplicated from {@code connection} up to {@code maxSessions}. */
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final List<Connection> sessions = new ArrayList<>();
    private final int maxSessions = Math.max(2, Runtime.getRuntime().availableProcessors());

    private DuckDbEngine(Path store, Connection connection) {
        this.store = store;
        this.connection = connection;
        sessions.add(connection);
        idle.add(connection);
    }

    /** Opens the store read-only; {@code schemaAliases} maps a name (or {@code catalog.schema}) to a store schema. */
    public static DuckDbEngine open(Path store, Map<String, String> schemaAliases) {
        if (!Files.isRegularFile(store)) {
            throw new TrailException(ErrorCode.STORE_INCOMPATIBLE, "no store at " + store
                    + ": run `trailscope ingest SOURCE --db " + store + "` first");
        }
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("ATTACH " + literal(store.toAbsolutePath().toString()) + " AS "
                        + identifier(STORE_CATALOG) + " (READ_ONLY)");
                session(connection);
                for (Map.Entry<String, String> alias : schemaAliases.entrySet()) {
                    alias(statement, connection, alias.getKey(), alias.getValue());
                }
            }
            return new DuckDbEngine(store, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            String message = JdbcExecution.firstLine(String.valueOf(e.getMessage()));
            ErrorCode code = message.contains("lock") ? ErrorCode.STORE_LOCKED : ErrorCode.ENGINE_FAILURE;
            throw new TrailException(code, "cannot open the store " + store + ": " + message, e);
        }
    }

    private static void alias(Statement statement, Connection connection, String name, String schema)
            throws SQLException {
        String[] parts = name.split("\\.", -1);
        if (parts.length > 2 || name.isBlank() || List.of(parts).contains("")) {
            throw new TrailException(ErrorCode.CONFIG_INVALID, "schema alias '" + name
                    + "' must be a name or catalog.schema");
        }
        String catalog = identifier(parts[0]);
        String target = parts.length == 2 ? identifier(parts[1]) : "main";
        statement.execute("ATTACH ':memory:' AS " + catalog);
        if (parts.length == 2) {
            statement.execute("CREATE SCHEMA " + catalog + "." + target);
        }
        for (String table : tables(connection, schema)) {
            statement.execute("CREATE VIEW " + catalog + "." + target + "." + identifier(table) + " AS SELECT * FROM "
                    + identifier(STORE_CATALOG) + "." + identifier(schema) + "." + identifier(table));
        }
    }

    /**
     * What every session needs of its own (attached catalogs are shared by the database, these are not): the UTC
     * session zone, the store as default catalog, and the Presto macros as TEMP macros.
     */
    private static void session(Connection session) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("USE " + identifier(STORE_CATALOG));
            for (PrestoFunctions.Macro macro : PrestoFunctions.MACROS) {
                if (!builtIn(session, macro.name())) {
                    statement.execute("CREATE OR REPLACE TEMP MACRO " + macro.name() + macro.definition());
                }
            }
        }
    }

    /** Whether DuckDB has a built-in of this name (a macro must not shadow it, as in {@link DuckDbStore}). */
    private static boolean builtIn(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM duckdb_functions() WHERE internal AND function_name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_catalog = ? AND table_schema = ? ORDER BY table_name")) {
            statement.setString(1, STORE_CATALOG);
            statement.setString(2, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        if (tables.isEmpty()) {
            throw new TrailException(ErrorCode.CONFIG_INVALID, "the store has no tables in schema '" + schema + "'");
        }
        return tables;
    }

    @Override
    public Dialect dialect() {
        return DuckDbDialect.INSTANCE;
    }

    /** Runs on an idle session, so several threads (a dashboard's tiles) query the store at the same time. */
    @Override
    public ResultTable execute(RenderedSql sql, int maxRows) {
        Connection session = borrow();
        try {
            return JdbcExecution.execute(session, sql, maxRows, "DuckDB");
        } finally {
            idle.add(session);
        }
    }

    /** How many sessions are open (for tests: concurrent queries open more than one). */
    int sessionCount() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    private Connection borrow() {
        Connection session = idle.poll();
        if (session != null) {
            return session;
        }
        synchronized (sessions) {
            if (sessions.size() < maxSessions) {
                try {
                    Connection duplicate = connection.unwrap(DuckDBConnection.class).duplicate();
                    session(duplicate);
                    sessions.add(duplicate);
                    return duplicate;
                } catch (SQLException e) {
                    throw new TrailException(ErrorCode.ENGINE_FAILURE, "cannot open another session on the store "
                            + store + ": " + JdbcExecution.firstLine(String.valueOf(e.getMessage())), e);
                }
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "interrupted while waiting for a store session", e);
        }
    }

    /**
     * As long as it is open: the store is attached read-only and DuckDB's file lock keeps every writer out until it is
     * closed, so a result cannot go stale (an ingest runs before {@code serve} opens its engines, or in a later one).
     */
    @Override
    public Duration resultMaxAge() {
        return ChronoUnit.FOREVER.getDuration();
    }

    @Override
    public String describe() {
        return "duckdb store " + store;
    }

    @Override
    public void close() {
        synchronized (sessions) {
            for (int i = sessions.size() - 1; i >= 0; i--) {
                closeQuietly(sessions.get(i));
            }
            sessions.clear();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing an in-memory database cannot lose data; nothing to report.
        }
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
