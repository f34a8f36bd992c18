package io.trailscope.block;

import io.trailscope.accounts.AccountNamesTable;
import io.trailscope.engine.DuckDbStore;
import io.trailscope.geo.GeoDatabase;
import io.trailscope.geo.IpGeoEnricher;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.TimeWindow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Stores built once per test run: the block's fixture and, when present, the grycap corpus. */
final class TestingStores {
    /** ../shared/corpus from the repository root; -Dtrailscope.corpus=DIR points elsewhere (e.g. from a worktree). */
    static final Path CORPUS = Path.of(System.getProperty("trailscope.corpus", Path.of("..", "shared", "corpus").toString()))
            .toAbsolutePath().normalize();
    static final Path GRYCAP = CORPUS.resolve("grycap-cloudtrail-tracker");
    static final String SKIP_MESSAGE = "skipped: the shared corpus is absent at " + CORPUS
            + " (it lives beside the repository in the project's workspace, not in a fresh clone)";

    private static Path fixture;
    private static Path grycap;

    private TestingStores() {
    }

    static synchronized Path fixture() {
        if (fixture == null) {
            try {
                Path folder = temporaryFolder("trailscope-block-fixture");
                Path logs = Files.createDirectories(folder.resolve("logs"));
                try (InputStream in = TestingStores.class.getResourceAsStream("fixture-events.json")) {
                    Files.copy(in, logs.resolve("fixture-events.json"));
                }
                fixture = build(folder.resolve("fixture.db"), logs, Map.of("111122223333", "Production"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fixture;
    }

    static synchronized Optional<Path> grycap() {
        if (!Files.isDirectory(GRYCAP)) {
            return Optional.empty();
        }
        if (grycap == null) {
            try {
                grycap = build(temporaryFolder("trailscope-block-grycap").resolve("grycap.db"), GRYCAP, Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(grycap);
    }

    /** A folder removed when the JVM exits (the stores live for the whole test run). */
    private static Path temporaryFolder(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // best effort: a leftover temporary folder is harmless
            }
        }));
        return folder;
    }

    private static Path build(Path db, Path logs, Map<String, String> accounts) {
        try (DuckDbStore store = DuckDbStore.open(db)) {
            new IngestJob(store, new IngestOptions(TimeWindow.ALL, 2, Optional.empty())).run(List.of(new LocalLogSource(logs)));
            AccountNamesTable.replace(store.connection(), accounts);
            new IpGeoEnricher(GeoDatabase.bundled()).enrich(store.connection());
        }
        return db;
    }

    /** Runs a query on a store and returns its rows as lists of strings (NULL as null). */
    static List<List<String>> rows(Path db, String sql) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db); Statement statement = store.connection().createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError("query failed: " + e.getMessage() + "\n" + sql, e);
        }
    }

    static String single(Path db, String sql) {
        List<List<String>> rows = rows(db, sql);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows from " + sql);
        }
        return rows.get(0).get(0);
    }

    /** How many events of the store match a SQL condition: the hand-written side of a tile check. */
    static String eventCount(Path db, String where) {
        return single(db, "SELECT count(*) FROM cloudtrail_logs WHERE " + where);
    }

    /** Events matching a SQL condition, counted by the value of {@code column}. */
    static Map<String, String> eventCounts(Path db, String column, String where) {
        return TestingDashboards.map(rows(db, "SELECT " + column + ", count(*) FROM cloudtrail_logs WHERE " + where
                + " GROUP BY 1"), 0, 1);
    }
}
