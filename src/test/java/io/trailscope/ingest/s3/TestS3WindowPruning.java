package io.trailscope.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.DuckDbStore;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.LogSource;
import io.trailscope.ingest.TimeWindow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --since/--until list only the day folders that can match, asserted on the ListObjectsV2 requests s3proxy answered. */
final class TestS3WindowPruning {
    private static final String BUCKET = "pruned";
    private static final String TRAIL = "trails/prod/";
    private static S3ProxyServer server;
    private static Map<String, byte[]> files;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
        server.createBucket(BUCKET);
        files = FixtureLogs.logs(TRAIL);
        FixtureLogs.upload(server, BUCKET, files);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    private static IngestSummary ingest(Path db, TimeWindow window, LogSource source) {
        try (DuckDbStore store = DuckDbStore.open(db)) {
            return new IngestJob(store, new IngestOptions(window, 2, Optional.empty())).run(List.of(source));
        }
    }

    private static TimeWindow window(String since, String until) {
        return new TimeWindow(Optional.ofNullable(since).map(LocalDate::parse), Optional.ofNullable(until).map(LocalDate::parse));
    }

    private static String ids(Path db) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            return String.valueOf(store.count("SELECT count(*) FROM cloudtrail_logs")) + "/"
                    + store.count("SELECT hash(string_agg(eventid, ',' ORDER BY eventid)) FROM cloudtrail_logs");
        }
    }

    @Test
    void aOneDayWindowFromTheBucketRootListsThreeDayFoldersPerRegion() throws Exception {
        RecordingS3Client client = new RecordingS3Client(server.client());
        TimeWindow window = window("2024-03-05", "2024-03-05");
        IngestSummary summary = ingest(temp.resolve("s3.db"), window, new S3LogSource(client, new S3Location(BUCKET, "")));

        String account = TRAIL + "AWSLogs/123456789012/";
        assertThat(client.listings()).containsExactlyInAnyOrder("|/", "trails/|/", TRAIL + "|/", TRAIL + "AWSLogs/|/", account + "|/",
                account + "CloudTrail/|/", account + "CloudTrail-Digest/|/",
                account + "CloudTrail/eu-west-1/2024/03/04/", account + "CloudTrail/eu-west-1/2024/03/05/",
                account + "CloudTrail/eu-west-1/2024/03/06/", account + "CloudTrail/us-east-1/2024/03/04/",
                account + "CloudTrail/us-east-1/2024/03/05/", account + "CloudTrail/us-east-1/2024/03/06/",
                account + "CloudTrail-Digest/us-east-1/2024/03/04/", account + "CloudTrail-Digest/us-east-1/2024/03/05/",
                account + "CloudTrail-Digest/us-east-1/2024/03/06/");
        assertThat(summary.filesListed()).isEqualTo(6);
        assertThat(summary.filesRead()).isEqualTo(6);
        assertThat(summary.eventsAdded()).isEqualTo(6);
        assertThat(summary.duplicates()).isEqualTo(2);
        assertThat(summary.eventsOutsideWindow()).isEqualTo(16);

        Path local = temp.resolve("logs");
        FixtureLogs.writeTo(local, files);
        IngestSummary fromDisk = ingest(temp.resolve("disk.db"), window, new LocalLogSource(local));
        assertThat(fromDisk.filesListed()).isEqualTo(17);
        assertThat(fromDisk.filesOutsideWindow()).isEqualTo(11);
        assertThat(ids(temp.resolve("s3.db"))).isEqualTo(ids(temp.resolve("disk.db")));
    }

    @Test
    void anOpenEndedWindowWalksYearsMonthsAndDaysAndListsOnlyTheLastDays() {
        RecordingS3Client client = new RecordingS3Client(server.client());
        String region = TRAIL + "AWSLogs/123456789012/CloudTrail/us-east-1/";
        IngestSummary summary = ingest(temp.resolve("s3.db"), window("2024-03-07", null),
                new S3LogSource(client, new S3Location(BUCKET, region)));

        List<String> listings = client.listings();
        assertThat(listings.subList(0, 3)).as("a level at a time").containsExactly(region + "|/", region + "2024/|/", region + "2024/03/|/");
        assertThat(listings.subList(3, listings.size())).as("the last level in parallel")
                .containsExactlyInAnyOrder(region + "2024/03/06/", region + "2024/03/07/", region + "2024/03/08/");
        assertThat(summary.filesRead()).isEqualTo(3);
        assertThat(summary.eventsAdded()).isEqualTo(6);
    }

    @Test
    void withoutAWindowOnePaginatedListingTakesEverything() {
        RecordingS3Client client = new RecordingS3Client(server.client());
        IngestSummary summary = ingest(temp.resolve("s3.db"), TimeWindow.ALL, new S3LogSource(client, new S3Location(BUCKET, "trails")));
        assertThat(client.listings()).containsExactly("trails");
        assertThat(summary.filesListed()).isEqualTo(17);
        assertThat(summary.eventsAdded()).isEqualTo(FixtureLogs.UNIQUE_EVENTS);
    }
}
