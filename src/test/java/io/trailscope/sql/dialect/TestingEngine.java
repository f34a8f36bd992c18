package io.trailscope.sql.dialect;

import io.trailscope.sql.RenderedSql;
import java.util.ArrayList;
import java.util.List;

/** A real engine the tests run SQL on: DuckDB always, Trino when one is configured. */
interface TestingEngine extends AutoCloseable {
    Dialect dialect();

    void execute(String sql);

    /** Rows with timestamps as LocalDateTime and everything else as the driver returns it. */
    List<List<Object>> query(RenderedSql sql);

    @Override
    void close();

    /** Fresh engines for a test class with its own tables: an in-memory DuckDB, and Trino when configured. */
    static List<TestingEngine> open() {
        List<TestingEngine> engines = new ArrayList<>();
        engines.add(new TestingDuckDb());
        TestingTrino.connect().ifPresent(engines::add);
        return engines;
    }
}
