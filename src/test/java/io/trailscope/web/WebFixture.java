package io.trailscope.web;

import io.trailscope.app.Ingestion;
import io.trailscope.cloudtrail.generator.GeneratorConfig;
import io.trailscope.cloudtrail.generator.LogGenerator;
import io.trailscope.dashboard.Projects;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.TimeWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A store of generated CloudTrail events (seed 42, 3 accounts, 7 days from 2024-05-24) and a server on it with the
 * built-in block, as of 2024-05-31T12:00:00Z: share one per test class.
 */
final class WebFixture implements AutoCloseable {
    static final LocalDate START = LocalDate.of(2024, 5, 24);
    static final int DAYS = 7;
    static final Clock NOW = Clock.fixed(Instant.parse("2024-05-31T12:00:00Z"), ZoneOffset.UTC);
    static final long EVENTS = 6000;

    final Path logs;
    final Path store;
    final WebServer server;
    final Http http;

    private WebFixture(Path logs, Path store, WebServer server) {
        this.logs = logs;
        this.store = store;
        this.server = server;
        this.http = new Http(server.url());
    }

    static WebFixture start(Path folder) {
        Path logs = folder.resolve("logs");
        Path store = folder.resolve("trailscope.db");
        LogGenerator.generate(new GeneratorConfig(EVENTS, GeneratorConfig.DEFAULT_SEED, 3, DAYS, START,
                Optional.empty(), 2), logs);
        try (DuckDbStore opened = DuckDbStore.open(store)) {
            Ingestion.run(opened, List.of(new LocalLogSource(logs)), new IngestOptions(TimeWindow.ALL, 2,
                    Optional.empty()), Optional.empty());
        }
        WebServer server = WebServer.start(WebSettings.of(Projects.load(Optional.empty()), store, NOW));
        return new WebFixture(logs, store, server);
    }

    @Override
    public void close() {
        server.close();
    }
}
