package io.trailscope.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.engine.DuckDbStore;
import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.ingest.IngestJob;
import io.trailscope.ingest.IngestOptions;
import io.trailscope.ingest.IngestSummary;
import io.trailscope.ingest.LocalLogSource;
import io.trailscope.ingest.LogObject;
import io.trailscope.ingest.LogSource;
import io.trailscope.ingest.RejectedFile;
import io.trailscope.ingest.TimeWindow;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** S3 sources against a real S3-compatible server (s3proxy on 127.0.0.1), compared with the same files on disk. */
final class TestS3LogSource {
    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static S3ProxyServer server;

    @TempDir
    Path temp;
    private String bucket;
    private RecordingS3Client client;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void newBucket() {
        bucket = "trail-bucket-" + BUCKETS.incrementAndGet();
        server.createBucket(bucket);
        client = new RecordingS3Client(server.client());
    }

    private S3LogSource source(String prefix) {
        return new S3LogSource(client, new S3Location(bucket, prefix));
    }

    private static IngestSummary ingest(Path db, TimeWindow window, LogSource source) {
        try (DuckDbStore store = DuckDbStore.open(db)) {
            return new IngestJob(store, new IngestOptions(window, 4, Optional.empty())).run(List.of(source));
        }
    }

    private static List<String> strings(Path db, String sql) throws SQLException {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db); Statement statement = store.connection().createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    @Test
    void readsTheSameEventsAsTheSameFilesOnDisk() throws Exception {
        Map<String, byte[]> files = FixtureLogs.logs("");
        FixtureLogs.upload(server, bucket, files);
        Path local = temp.resolve("logs");
        FixtureLogs.writeTo(local, files);

        IngestSummary fromS3 = ingest(temp.resolve("s3.db"), TimeWindow.ALL, source("AWSLogs/"));
        IngestSummary fromDisk = ingest(temp.resolve("disk.db"), TimeWindow.ALL, new LocalLogSource(local));

        assertThat(fromS3.filesListed()).isEqualTo(17).isEqualTo(fromDisk.filesListed());
        assertThat(fromS3.filesRead()).isEqualTo(16).isEqualTo(fromDisk.filesRead());
        assertThat(fromS3.digests()).isEqualTo(1).isEqualTo(fromDisk.digests());
        assertThat(fromS3.eventsAdded()).isEqualTo(FixtureLogs.UNIQUE_EVENTS).isEqualTo(fromDisk.eventsAdded());
        assertThat(fromS3.duplicates()).isEqualTo(14).isEqualTo(fromDisk.duplicates());
        assertThat(fromS3.rejected()).isEmpty();
        String ids = "SELECT eventid FROM cloudtrail_logs ORDER BY eventid";
        assertThat(strings(temp.resolve("s3.db"), ids)).hasSize(48).isEqualTo(strings(temp.resolve("disk.db"), ids));
        assertThat(strings(temp.resolve("s3.db"), "SELECT DISTINCT source FROM ingest_manifest"))
                .containsExactly("s3://" + bucket + "/AWSLogs/");
        assertThat(strings(temp.resolve("s3.db"), "SELECT path FROM ingest_manifest WHERE status = 'digest'")).containsExactly(
                "s3://" + bucket + "/AWSLogs/123456789012/CloudTrail-Digest/us-east-1/2024/03/02/"
                        + "123456789012_CloudTrail-Digest_us-east-1_trail_us-east-1_20240302T000000Z.json.gz");
        assertThat(client.listings()).containsExactly("AWSLogs/");
        assertThat(client.reads()).hasSize(16).allSatisfy(read -> assertThat(read).doesNotContain("CloudTrail-Digest"));
    }

    @Test
    void reingestReadsNothingAndAChangedObjectIsReadAgain() throws Exception {
        Map<String, byte[]> files = FixtureLogs.logs("");
        FixtureLogs.upload(server, bucket, files);
        Path db = temp.resolve("store.db");
        ingest(db, TimeWindow.ALL, source(""));
        client.clear();

        IngestSummary again = ingest(db, TimeWindow.ALL, source(""));
        assertThat(again.filesRead()).isZero();
        assertThat(again.filesUnchanged()).isEqualTo(17);
        assertThat(client.reads()).isEmpty();

        String key = FixtureLogs.dayFolder("", "us-east-1", FixtureLogs.FIRST_DAY) + FixtureLogs.fileName("us-east-1", FixtureLogs.FIRST_DAY, "a0");
        String etagBefore = strings(db, "SELECT version FROM ingest_manifest WHERE path = 's3://" + bucket + "/" + key + "'").get(0);
        server.put(bucket, key, FixtureLogs.gzip(FixtureLogs.records(List.of(
                FixtureLogs.event("us-east-1-2024-03-01-0", "2024-03-01T00:10:00Z", "Describe0"),
                FixtureLogs.event("late-arrival", "2024-03-01T05:00:00Z", "RunInstances")))));
        client.clear();
        IngestSummary changed = ingest(db, TimeWindow.ALL, source(""));
        assertThat(changed.filesRead()).isEqualTo(1);
        assertThat(changed.eventsAdded()).isEqualTo(1);
        assertThat(changed.duplicates()).isEqualTo(1);
        assertThat(client.reads()).containsExactly(key);
        List<String> versions = strings(db, "SELECT version FROM ingest_manifest WHERE path = 's3://" + bucket + "/" + key + "' ORDER BY id");
        assertThat(versions).hasSize(2).startsWith(etagBefore).doesNotHaveDuplicates();
        assertThat(versions.get(1)).matches("[0-9a-f]{32}");
    }

    @Test
    void objectsStoredWithContentEncodingGzipAreDecoded() throws Exception {
        byte[] gzipped = FixtureLogs.gzip(FixtureLogs.records(List.of(FixtureLogs.event("gz-1", "2024-03-01T00:00:00Z", "A"),
                FixtureLogs.event("gz-2", "2024-03-01T00:00:01Z", "B"))));
        server.putGzipEncoded(bucket, "logs/encoded.json", gzipped);
        server.putGzipEncoded(bucket, "logs/encoded.json.gz", gzipped);
        S3LogSource source = source("logs/");
        List<LogObject> objects = source.list();
        assertThat(objects).extracting(LogObject::path)
                .containsExactly("s3://" + bucket + "/logs/encoded.json", "s3://" + bucket + "/logs/encoded.json.gz");
        assertThat(objects).extracting(LogObject::size).containsOnly((long) gzipped.length);
        try (InputStream body = source.open(objects.get(0))) {
            assertThat(body.readAllBytes()).as("the stored bytes, not gunzipped on the way").isEqualTo(gzipped);
        }
        IngestSummary summary = ingest(temp.resolve("store.db"), TimeWindow.ALL, source);
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.eventsAdded()).isEqualTo(2);
        assertThat(summary.duplicates()).isEqualTo(2);
    }

    @Test
    void aCorruptObjectIsRejectedWithItsS3PathAndTheRestContinue() throws Exception {
        FixtureLogs.upload(server, bucket, FixtureLogs.logs(""));
        byte[] good = FixtureLogs.gzip(FixtureLogs.records(List.of(FixtureLogs.event("c-1", "2024-03-02T00:00:00Z", "A"))));
        String folder = FixtureLogs.dayFolder("", "us-east-1", FixtureLogs.FIRST_DAY.plusDays(1));
        server.put(bucket, folder + "truncated.json.gz", Arrays.copyOf(good, good.length - 10));
        server.put(bucket, folder + "garbage.json", "{\"Records\":[{\"eventID\": ]}".getBytes(StandardCharsets.UTF_8));
        server.put(bucket, folder + "folder-marker/", new byte[0]);

        IngestSummary summary = ingest(temp.resolve("store.db"), TimeWindow.ALL, source(""));
        assertThat(summary.filesListed()).isEqualTo(19);
        assertThat(summary.eventsAdded()).isEqualTo(FixtureLogs.UNIQUE_EVENTS);
        assertThat(summary.rejected()).extracting(RejectedFile::path)
                .containsExactly("s3://" + bucket + "/" + folder + "garbage.json", "s3://" + bucket + "/" + folder + "truncated.json.gz");
        assertThat(summary.rejected().get(0).reason()).isEqualTo("s3://" + bucket + "/" + folder
                + "garbage.json:1:25: malformed JSON: Unexpected character (']' (code 93)): "
                + "expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(summary.rejected().get(1).reason()).startsWith("s3://" + bucket + "/" + folder + "truncated.json.gz")
                .contains("truncated file");
    }

    @Test
    void aConnectionDroppedMidBodyIsResumedWhereItStopped() throws Exception {
        Map<String, byte[]> files = FixtureLogs.logs("");
        FixtureLogs.upload(server, bucket, files);
        String key = FixtureLogs.dayFolder("", "eu-west-1", FixtureLogs.FIRST_DAY) + FixtureLogs.fileName("eu-west-1", FixtureLogs.FIRST_DAY, "a0");
        assertThat(files.get(key).length).isGreaterThan(300);
        LogObject object = source("").list().stream().filter(o -> o.path().endsWith(key)).findFirst().orElseThrow();

        client.cutBodies(2, 100);
        try (InputStream body = source("").open(object)) {
            assertThat(body.readAllBytes()).isEqualTo(files.get(key));
        }
        assertThat(client.reads()).containsExactly(key, key + " bytes=100-", key + " bytes=200-");

        client.clear();
        client.cutBodies(S3ObjectStream.MAX_RESUMES + 1, 10);
        try (InputStream body = source("").open(object)) {
            assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class).hasMessage("connection reset (cut by the test)");
        }
        assertThat(client.reads()).hasSize(S3ObjectStream.MAX_RESUMES + 1);
    }

    @Test
    void aDroppedConnectionCostsNoFileInAnIngest() throws Exception {
        FixtureLogs.upload(server, bucket, FixtureLogs.logs(""));
        client.cutBodies(5, 50);
        IngestSummary summary = ingest(temp.resolve("store.db"), TimeWindow.ALL, source(""));
        assertThat(summary.rejected()).isEmpty();
        assertThat(summary.eventsAdded()).isEqualTo(FixtureLogs.UNIQUE_EVENTS);
        assertThat(client.reads()).filteredOn(read -> read.contains(" bytes=")).hasSize(5);
    }

    @Test
    void closingBeforeTheEndAbortsOrDrainsAndTheClientStaysUsable() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(big);
        server.put(bucket, "big/blob.bin", big);
        server.put(bucket, "big/small.json", FixtureLogs.event("s-1", "2024-03-01T00:00:00Z", "A").getBytes(StandardCharsets.UTF_8));
        S3LogSource source = source("big/");
        List<LogObject> objects = source.list();
        for (int round = 0; round < 20; round++) {
            try (InputStream body = source.open(objects.get(0))) {
                assertThat(body.readNBytes(100)).isEqualTo(Arrays.copyOf(big, 100));
            }
            try (InputStream body = source.open(objects.get(0))) {
                assertThat(body.readNBytes(big.length - 10)).hasSize(big.length - 10);
            }
        }
        try (InputStream body = source.open(objects.get(1))) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains("\"s-1\"");
        }
    }

    @Test
    void anObjectGoneOrChangedSinceListingIsUnreadable() throws Exception {
        server.put(bucket, "x/one.json", FixtureLogs.event("x-1", "2024-03-01T00:00:00Z", "A").getBytes(StandardCharsets.UTF_8));
        S3LogSource source = source("x/");
        LogObject listed = source.list().get(0);
        server.put(bucket, "x/one.json", FixtureLogs.event("x-2", "2024-03-01T00:00:00Z", "A").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> source.open(listed).close()).isInstanceOf(IOException.class).hasMessageStartingWith("PreconditionFailed (HTTP 412)");
        LogObject gone = new LogObject(source.name(), "s3://" + bucket + "/x/absent.json", 10, "0123");
        assertThatThrownBy(() -> source.open(gone).close()).isInstanceOf(IOException.class).hasMessageStartingWith("NoSuchKey (HTTP 404)");
    }

    @Test
    void aMissingBucketIsAClearErrorNamingTheSource() {
        S3LogSource missing = new S3LogSource(client, new S3Location("no-such-bucket", "AWSLogs/"));
        assertThatThrownBy(() -> ingest(temp.resolve("store.db"), TimeWindow.ALL, missing))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INGEST_SOURCE_UNREADABLE))
                .hasMessageStartingWith("cannot list s3://no-such-bucket/AWSLogs/: NoSuchBucket (HTTP 404): ")
                .hasMessageEndingWith("; check the bucket name");
    }

    @Test
    void wrongCredentialsAreAClearError() {
        try (S3Client wrongSecret = server.client(S3ProxyServer.ACCESS_KEY, "not-the-secret");
                S3Client unknownKey = server.client("AKIAUNKNOWN", S3ProxyServer.SECRET_KEY)) {
            assertThatThrownBy(() -> ingest(temp.resolve("a.db"), TimeWindow.ALL, new S3LogSource(wrongSecret, new S3Location(bucket, ""))))
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INGEST_SOURCE_UNREADABLE))
                    .hasMessageStartingWith("cannot list s3://" + bucket + "/: SignatureDoesNotMatch (HTTP 403)")
                    .hasMessageEndingWith("; check the credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws)");
            assertThatThrownBy(() -> ingest(temp.resolve("b.db"), TimeWindow.ALL, new S3LogSource(unknownKey, new S3Location(bucket, ""))))
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INGEST_SOURCE_UNREADABLE))
                    .hasMessageStartingWith("cannot list s3://" + bucket + "/: InvalidAccessKeyId (HTTP 403)");
        }
    }

    @Test
    void anUnreachableEndpointIsAClearError() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        S3Settings settings = S3Settings.resolve(Optional.of("http://127.0.0.1:" + closedPort), Optional.of("us-east-1"), false, 4, Map.of());
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
        try (S3Sources sources = new S3Sources(settings)) {
            S3LogSource unreachable = sources.source(S3Location.parse("s3://some-bucket/AWSLogs/"));
            assertThatThrownBy(() -> ingest(temp.resolve("store.db"), TimeWindow.ALL, unreachable))
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INGEST_SOURCE_UNREADABLE))
                    .hasMessageStartingWith("cannot list s3://some-bucket/AWSLogs/: no answer from S3: ")
                    .hasMessageContaining("127.0.0.1:" + closedPort);
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
