package io.trailscope.engine;

import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;
import java.time.Duration;

/** Where semantic queries run: one connection, the SQL dialect it speaks, and execution of rendered SQL. */
public interface Engine extends AutoCloseable {
    Dialect dialect();

    /** Runs one statement, binding its parameters in order; at most {@code maxRows} rows are kept. Thread-safe. */
    ResultTable execute(RenderedSql sql, int maxRows);

    /**
     * How long a result may be reused before the same query must run again: Looker's default of one hour, for an
     * engine whose tables others change at any moment.
     */
    default Duration resultMaxAge() {
        return Duration.ofHours(1);
    }

    /** A short description for messages: {@code duckdb store /data/trailscope.db}. */
    String describe();

    @Override
    void close();
}
