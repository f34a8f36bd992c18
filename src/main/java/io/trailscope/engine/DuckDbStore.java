package io.trailscope.engine;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * The local store: one DuckDB file holding the CloudTrail table, the ingest manifest and the
 * Presto-compatible macros. Opening it for writing creates or upgrades the schema.
 */
public final class DuckDbStore implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private DuckDbStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when absent) the store for reading and writing. */
    public static DuckDbStore open(Path file) {
        return open(file, false);
    }

    /** Opens an existing store read-only; several readers may share it, a writer excludes them. */
    public static DuckDbStore openReadOnly(Path file) {
        if (!Files.exists(file)) {
            throw new TrailException(ErrorCode.STORE_INCOMPATIBLE,
                    "no store at " + file + ": run `trailscope ingest SOURCE --db " + file + "` first");
        }
        return open(file, true);
    }

    private static DuckDbStore open(Path file, boolean readOnly) {
        if (readOnly && hasOrphans(file)) {
            open(file, false).close();
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !readOnly) {
                Files.createDirectories(parent);
            }
            Properties properties = new Properties();
            if (readOnly) {
                properties.setProperty("duckdb.read_only", "true");
            }
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
            DuckDbStore store = new DuckDbStore(file, connection);
            store.configure(readOnly);
            return store;
        } catch (SQLException e) {
            throw openFailure(file, e);
        } catch (java.io.IOException e) {
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether an interrupted ingest left rows of uncommitted files behind (only a writer may remove them). */
    private static boolean hasOrphans(Path file) {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(StoreSchema.COUNT_ORPHANS)) {
            rows.next();
            return rows.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    private static TrailException openFailure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return new TrailException(ErrorCode.STORE_LOCKED,
                    "the store " + file + " is in use by another trailscope process (" + firstLine(message) + ")", e);
        }
        return new TrailException(ErrorCode.ENGINE_FAILURE, "cannot open the store " + file + ": " + firstLine(message), e);
    }

    private static String firstLine(String text) {
        int cut = text.indexOf('\n');
        return cut < 0 ? text : text.substring(0, cut);
    }

    private void configure(boolean readOnly) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            if (readOnly) {
                return;
            }
            for (String ddl : StoreSchema.createStatements()) {
                statement.execute(ddl);
            }
            statement.execute("INSERT OR REPLACE INTO " + StoreSchema.META_TABLE + " VALUES ('schema_version', '"
                    + StoreSchema.VERSION + "')");
            statement.execute(StoreSchema.DELETE_ORPHANS);
        }
        installMacros();
    }

    private void installMacros() throws SQLException {
        Set<String> builtIns = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT DISTINCT function_name FROM duckdb_functions() WHERE internal")) {
            while (rows.next()) {
                builtIns.add(rows.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (PrestoFunctions.Macro macro : PrestoFunctions.MACROS) {
                if (!builtIns.contains(macro.name())) {
                    statement.execute("CREATE OR REPLACE MACRO " + macro.name() + macro.definition());
                }
            }
        }
    }

    public Path file() {
        return file;
    }

    public Connection connection() {
        return connection;
    }

    public long count(String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_QUERY_FAILED, firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "closing the store failed: " + e.getMessage(), e);
        }
    }
}
