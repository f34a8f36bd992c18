package io.trailscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.DuckDbStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single 1 GB (uncompressed) log file ingests in a child JVM limited to -Xmx512m: the decoder
 * streams and never holds a file's Records. Size via -Dtrailscope.bigFileMegabytes (default 1024).
 */
final class TestBoundedMemory {
    @TempDir
    Path temp;

    @Test
    void oneGigabyteFileUnderHalfAGigabyteOfHeap() throws Exception {
        long targetBytes = Long.getLong("trailscope.bigFileMegabytes", 1024L) * 1024 * 1024;
        Path file = temp.resolve("big.json");
        long events = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"Records\":[");
            long written = 12;
            String padding = "x".repeat(900);
            while (written < targetBytes) {
                String event = TestingLogs.event("big-" + events, "2024-03-01T10:00:00Z", "Describe" + (events % 13))
                        .replace("\"requestParameters\":{\"groupId\":\"sg-1\"}", "\"requestParameters\":{\"groupId\":\"sg-1\",\"note\":\"" + padding + "\"}");
                if (events > 0) {
                    out.write(',');
                    written++;
                }
                out.write(event);
                written += event.length();
                events++;
            }
            out.write("]}");
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(targetBytes);
        Path db = temp.resolve("big.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "io.trailscope.app.Main",
                "ingest", "--db", db.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(15, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(temp.resolve("child.log"))).isZero();
        Files.delete(file);
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs")).isEqualTo(events);
            assertThat(store.count("SELECT count(DISTINCT eventid) FROM cloudtrail_logs")).isEqualTo(events);
        }
    }
}
