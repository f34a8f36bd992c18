package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.engine.ConnectionConfig;
import io.trailscope.engine.Engine;
import io.trailscope.engine.EngineConfig;
import io.trailscope.engine.Engines;
import io.trailscope.engine.ResultCache;
import io.trailscope.model.Model;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engines of one run, opened on first use and shared by every query on the same connection configuration. A
 * model's {@code connection:} picks the configuration; an unconfigured name means the embedded store.
 */
public final class Connections implements AutoCloseable {
    private final EngineConfig config;
    private final Path defaultStore;
    private final Map<ConnectionConfig, Engine> open = new LinkedHashMap<>();
    private final ResultCache cache;

    /** Without a result cache: every query runs (a CLI command runs each query once anyway). */
    public Connections(EngineConfig config, Path defaultStore) {
        this(config, defaultStore, ResultCache.disabled());
    }

    public Connections(EngineConfig config, Path defaultStore, ResultCache cache) {
        this.config = requireNonNull(config, "config is null");
        this.defaultStore = requireNonNull(defaultStore, "defaultStore is null");
        this.cache = requireNonNull(cache, "cache is null");
    }

    public ConnectionConfig configuration(Model model) {
        return config.connection(model.connection());
    }

    public Dialect dialect(Model model) {
        return Engines.dialect(configuration(model));
    }

    public synchronized Engine engine(Model model) {
        return open.computeIfAbsent(configuration(model), connection -> Engines.open(connection, defaultStore));
    }

    /** Runs rendered SQL on the model's engine, or answers from the result cache ({@code refresh} skips it). */
    public ResultCache.Execution execute(Model model, RenderedSql sql, int maxRows, boolean refresh) {
        return cache.execute(configuration(model), engine(model), sql, maxRows, refresh);
    }

    @Override
    public synchronized void close() {
        open.values().forEach(Engine::close);
        open.clear();
    }
}
