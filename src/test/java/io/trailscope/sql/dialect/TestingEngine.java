package io.trailscope.sql.dialect;

import io.trailscope.sql.RenderedSql;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A real engine the tests run SQL on: DuckDB always, Trino when one is configured. */
interface TestingEngine extends AutoCloseable {
    Dialect dialect();

    void execute(String sql);

    /** Rows with timestamps as LocalDateTime and everything else as the driver returns it. */
    List<List<Object>> query(RenderedSql sql);

    /** The finest time unit the engine's TIMESTAMP columns keep, as the dialect declares them. */
    ChronoUnit timestampResolution();

    @Override
    void close();

    /**
     * Fresh engines for a test class with its own tables: an in-memory DuckDB and, when configured, Trino twice,
     * rendering once as Trino and once as Athena.
     */
    static List<TestingEngine> open() {
        List<TestingEngine> engines = new ArrayList<>();
        engines.add(new TestingDuckDb());
        TestingTrino.connect(TrinoDialect.INSTANCE).ifPresent(engines::add);
        TestingTrino.connect(AthenaDialect.INSTANCE).ifPresent(engines::add);
        return engines;
    }
}
