package io.trailscope.web;

import io.trailscope.app.Ingestion;
import io.trailscope.cloudtrail.generator.GeneratorConfig;
import io.trailscope.cloudtrail.generator.LogGenerator;
import io.trailscope.dashboard.Projects;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.TimeWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A store of generated CloudTrail events (seed 42, 3 accounts, 3 days from 2024-05-28) and a server on it with the
 * built-in block, as of 2024-05-31T12:00:00Z. Building it takes a while, so every test class of the JVM shares one
 * ({@link #shared()}); the tests only read.
 */
final class WebFixture implements AutoCloseable {
    private static WebFixture shared;

    static final LocalDate START = LocalDate.of(2024, 5, 28);
    static final int DAYS = 3;
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

    static synchronized WebFixture shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("trailscope-web-test");
                shared = start(folder);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    shared.close();
                    delete(folder);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: the temp folder is only litter
        }
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

    /** One number from the store, by plain SQL: the independent answer the API must match. */
    long count(String sql) {
        try (DuckDbStore opened = DuckDbStore.openReadOnly(store)) {
            return opened.count(sql);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
