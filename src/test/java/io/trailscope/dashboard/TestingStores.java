package io.trailscope.dashboard;

import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import java.nio.file.Path;
import java.util.List;

/** A real store holding the five test events of {@code src/test/resources/dashboard/logs}. */
final class TestingStores {
    static final Path PROJECT = Path.of("src/test/resources/dashboard/trail");
    static final Path LOGS = Path.of("src/test/resources/dashboard/logs");

    private TestingStores() {}

    static Path create(Path folder) {
        Path store = folder.resolve("store.db");
        try (DuckDbStore opened = DuckDbStore.open(store)) {
            new IngestJob(opened, IngestOptions.defaults()).run(List.of(new LocalLogSource(LOGS)));
        }
        return store;
    }
}
