package io.trailscope.engine;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;
import io.trailscope.sql.dialect.TrinoDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A Trino cluster over JDBC. The driver ({@code io.trino:trino-jdbc}) is found at run time through
 * {@link DriverManager}, so the build carries no Trino dependency; without it on the class path, opening fails with
 * a message saying so. Tested against a real Trino in a later release.
 */
public final class TrinoEngine implements Engine {
    private final ConnectionConfig.Trino config;
    private final Connection connection;

    private TrinoEngine(ConnectionConfig.Trino config, Connection connection) {
        this.config = config;
        this.connection = connection;
    }

    public static TrinoEngine open(ConnectionConfig.Trino config) {
        Properties properties = new Properties();
        properties.setProperty("user", config.user());
        String url = config.url();
        if (config.catalog().isPresent()) {
            url = url.replaceAll("/+$", "") + "/" + config.catalog().get()
                    + config.schema().map(schema -> "/" + schema).orElse("");
        }
        try {
            return new TrinoEngine(config, DriverManager.getConnection(url, properties));
        } catch (SQLException e) {
            String message = JdbcExecution.firstLine(String.valueOf(e.getMessage()));
            if (message.contains("No suitable driver")) {
                message = "the Trino JDBC driver (io.trino:trino-jdbc) is not on the class path";
            }
            throw new TrailException(ErrorCode.ENGINE_FAILURE, "cannot connect to Trino at " + config.url() + ": "
                    + message, e);
        }
    }

    @Override
    public Dialect dialect() {
        return TrinoDialect.INSTANCE;
    }

    @Override
    public ResultTable execute(RenderedSql sql, int maxRows) {
        return JdbcExecution.execute(connection, sql, maxRows, "Trino");
    }

    @Override
    public String describe() {
        return "trino " + config.url();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing was written; a failed close loses nothing.
        }
    }
}
