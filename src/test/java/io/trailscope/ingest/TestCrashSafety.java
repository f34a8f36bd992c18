package io.trailscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.DuckDbStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 a real child process mid-ingest, run the same command again, and the store must equal an
 * uninterrupted run's: no file half-counted, no duplicate, the manifest consistent with the rows.
 */
final class TestCrashSafety {
    private static final int FILES = 120;
    private static final int EVENTS_PER_FILE = 1_000;

    @TempDir
    Path temp;

    @Test
    void killedIngestResumesToTheSameStore() throws Exception {
        Path logs = temp.resolve("logs");
        for (int file = 0; file < FILES; file++) {
            List<String> events = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_FILE; i++) {
                int id = file * EVENTS_PER_FILE + i;
                // every tenth file repeats the previous file's first events: duplicates across files
                int eventId = (file % 10 == 9 && i < 50) ? id - EVENTS_PER_FILE : id;
                events.add(TestingLogs.event("e-" + eventId, String.format("2024-01-%02dT%02d:%02d:00Z", 1 + file % 28, i % 24, i % 60), "Op" + (i % 7)));
            }
            TestingLogs.writeGzip(logs.resolve(String.format("f%04d.json.gz", file)), TestingLogs.records(events));
        }
        long expected = FILES * EVENTS_PER_FILE - (FILES / 10) * 50L;

        Path reference = temp.resolve("reference.db");
        assertThat(runToEnd(reference, logs)).isZero();
        assertConsistent(reference, expected);

        Path crashed = temp.resolve("crashed.db");
        boolean sawPartial = false;
        long delay = 2_500;
        for (int attempt = 0; attempt < 8 && !sawPartial; attempt++) {
            Process child = start(crashed, logs);
            boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                child.destroyForcibly().waitFor();
                // killed before the store existed, or before its schema committed: nothing to check yet
                if (!java.nio.file.Files.exists(crashed)
                        || count(crashed, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'cloudtrail_logs'") == 0) {
                    delay += 700;
                    continue;
                }
                long stored = count(crashed, "SELECT count(*) FROM cloudtrail_logs");
                assertConsistent(crashed, -1);
                sawPartial = stored > 0 && stored < expected;
            }
            delay += 1_000;
        }
        assertThat(sawPartial).as("some kill landed mid-ingest").isTrue();
        assertThat(runToEnd(crashed, logs)).isZero();
        assertConsistent(crashed, expected);
        assertThat(count(crashed, "SELECT count(*) FROM (SELECT eventid, eventname, eventtime FROM cloudtrail_logs "
                + "EXCEPT SELECT eventid, eventname, eventtime FROM reference.cloudtrail_logs)", reference)).isZero();
    }

    private Process start(Path db, Path logs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dtrailscope.ingest.commitMillis=1000", "-cp", System.getProperty("java.class.path"), "io.trailscope.app.Main",
                "ingest", "--db", db.toString(), "--threads", "2", logs.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(temp.resolve("child-" + System.nanoTime() + ".log").toFile());
        return builder.start();
    }

    private int runToEnd(Path db, Path logs) throws Exception {
        Process child = start(db, logs);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return child.exitValue();
    }

    private void assertConsistent(Path db, long expected) {
        long rows = count(db, "SELECT count(*) FROM cloudtrail_logs");
        if (expected >= 0) {
            assertThat(rows).isEqualTo(expected);
        }
        assertThat(count(db, "SELECT count(DISTINCT eventid) FROM cloudtrail_logs")).isEqualTo(rows);
        assertThat(count(db, "SELECT coalesce(sum(events), 0) FROM ingest_manifest")).isEqualTo(rows);
        assertThat(count(db, "SELECT count(*) FROM (SELECT path FROM ingest_manifest GROUP BY path HAVING count(*) > 1)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM ingest_manifest m WHERE events <> "
                + "(SELECT count(*) FROM cloudtrail_logs c WHERE c.source_file_id = m.id)")).isZero();
    }

    private static long count(Path db, String sql) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            return store.count(sql);
        }
    }

    private static long count(Path db, String sql, Path attached) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            try (var statement = store.connection().createStatement()) {
                statement.execute("ATTACH '" + attached.toString().replace("'", "''") + "' AS reference (READ_ONLY)");
            }
            return store.count(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
