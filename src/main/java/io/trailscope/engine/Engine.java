package io.trailscope.engine;

import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;

/** Where semantic queries run: one connection, the SQL dialect it speaks, and execution of rendered SQL. */
public interface Engine extends AutoCloseable {
    Dialect dialect();

    /** Runs one statement, binding its parameters in order; at most {@code maxRows} rows are kept. */
    ResultTable execute(RenderedSql sql, int maxRows);

    /** A short description for messages: {@code duckdb store /data/trailscope.db}. */
    String describe();

    @Override
    void close();
}
