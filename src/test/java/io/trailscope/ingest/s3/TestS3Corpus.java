package io.trailscope.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.LogSource;
import io.trailscope.ingest.TimeWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real logs of ../shared/corpus/grycap-cloudtrail-tracker, uploaded to s3proxy, read the same as from disk
 * (-Dtrailscope.corpus=DIR points elsewhere, e.g. from a worktree).
 */
final class TestS3Corpus {
    private static final Path GRYCAP = Path.of(System.getProperty("trailscope.corpus", "../shared/corpus"), "grycap-cloudtrail-tracker")
            .toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private static IngestSummary ingest(Path db, LogSource source, int threads) {
        try (DuckDbStore store = DuckDbStore.open(db)) {
            return new IngestJob(store, new IngestOptions(TimeWindow.ALL, threads, Optional.empty())).run(List.of(source));
        }
    }

    private static String fingerprint(Path db) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            return store.count("SELECT count(*) FROM cloudtrail_logs") + "/"
                    + store.count("SELECT hash(string_agg(eventid || eventname || coalesce(errorcode, ''), ',' ORDER BY eventid)) FROM cloudtrail_logs");
        }
    }

    @Test
    void grycapFromS3EqualsGrycapFromDisk() throws Exception {
        assumeTrue(Files.isDirectory(GRYCAP), "skipped: the shared corpus is absent at " + GRYCAP
                + " (it lives beside the repository in the project's workspace, not in a fresh clone)");
        try (S3ProxyServer server = S3ProxyServer.start()) {
            server.createBucket("corpus");
            long bytes = 0;
            try (Stream<Path> files = Files.walk(GRYCAP)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    server.put("corpus", "grycap/" + GRYCAP.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    bytes += Files.size(file);
                }
            }
            IngestSummary disk = ingest(temp.resolve("disk.db"), new LocalLogSource(GRYCAP), 2);
            IngestSummary s3 = ingest(temp.resolve("s3.db"), new S3LogSource(server.client(), S3Location.parse("s3://corpus/grycap/")), 16);

            assertThat(s3.eventsAdded()).isEqualTo(11_412).isEqualTo(disk.eventsAdded());
            assertThat(s3.filesListed()).isEqualTo(disk.filesListed());
            assertThat(s3.filesRead()).isEqualTo(disk.filesRead());
            assertThat(s3.duplicates()).isEqualTo(disk.duplicates());
            assertThat(s3.rejected()).hasSameSizeAs(disk.rejected());
            assertThat(fingerprint(temp.resolve("s3.db"))).isEqualTo(fingerprint(temp.resolve("disk.db")));
            System.out.printf("grycap: %d files, %,d bytes, %,d events; disk %d ms, s3proxy %d ms (16 threads)%n", s3.filesRead(), bytes,
                    s3.eventsAdded(), disk.elapsed().toMillis(), s3.elapsed().toMillis());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
