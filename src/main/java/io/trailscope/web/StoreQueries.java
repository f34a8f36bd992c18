package io.trailscope.web;

import static java.util.Objects.requireNonNull;

import io.trailscope.engine.DuckDbEngine;
import io.trailscope.engine.Engine;
import io.trailscope.engine.ResultTable;
import io.trailscope.sql.RenderedSql;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain SQL on the local store (status, raw events), through a read-only engine of its own opened on first use.
 * Only constant SQL text with bound values runs here; nothing from a request becomes SQL.
 */
final class StoreQueries implements AutoCloseable {
    private final Path store;
    private Optional<Engine> engine = Optional.empty();

    StoreQueries(Path store) {
        this.store = requireNonNull(store, "store is null");
    }

    Path path() {
        return store;
    }

    ResultTable query(String sql, List<Object> parameters, int maxRows) {
        return engine().execute(new RenderedSql(sql, parameters), maxRows);
    }

    private synchronized Engine engine() {
        if (engine.isEmpty()) {
            engine = Optional.of(DuckDbEngine.open(store, Map.of()));
        }
        return engine.get();
    }

    @Override
    public synchronized void close() {
        engine.ifPresent(Engine::close);
        engine = Optional.empty();
    }
}
