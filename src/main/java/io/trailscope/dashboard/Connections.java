package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.engine.ConnectionConfig;
import io.trailscope.engine.Engine;
import io.trailscope.engine.EngineConfig;
import io.trailscope.engine.Engines;
import io.trailscope.model.Model;
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

    public Connections(EngineConfig config, Path defaultStore) {
        this.config = requireNonNull(config, "config is null");
        this.defaultStore = requireNonNull(defaultStore, "defaultStore is null");
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

    @Override
    public synchronized void close() {
        open.values().forEach(Engine::close);
        open.clear();
    }
}
