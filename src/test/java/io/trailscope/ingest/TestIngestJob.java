package io.trailscope.ingest;

import static io.trailscope.ingest.TestingLogs.event;
import static io.trailscope.ingest.TestingLogs.records;
import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.engine.DuckDbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TestIngestJob {
    @TempDir
    Path temp;

    private IngestSummary ingest(Path db, TimeWindow window, Path... folders) {
        try (DuckDbStore store = DuckDbStore.open(db)) {
            List<LogSource> sources = java.util.Arrays.stream(folders).map(f -> (LogSource) new LocalLogSource(f)).toList();
            return new IngestJob(store, new IngestOptions(window, 2, Optional.empty())).run(sources);
        }
    }

    private long count(Path db, String sql) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(db)) {
            return store.count(sql);
        }
    }

    private Path key(Path root, String date, String name) {
        return root.resolve("AWSLogs/123456789012/CloudTrail/us-east-1/" + date.replace('-', '/') + "/" + name);
    }

    @Test
    void ingestsOncePerEventWithinAndAcrossFilesAndRuns() throws IOException {
        Path logs = temp.resolve("logs");
        TestingLogs.writeGzip(key(logs, "2024-01-01", "a.json.gz"), records(List.of(
                event("e1", "2024-01-01T00:00:01Z", "A"), event("e2", "2024-01-01T00:00:02Z", "B"), event("e1", "2024-01-01T00:00:01Z", "A"))));
        TestingLogs.writeGzip(key(logs, "2024-01-01", "b.json.gz"), records(List.of(
                event("e2", "2024-01-01T00:00:02Z", "B"), event("e3", "2024-01-01T00:00:03Z", "C"))));
        Path db = temp.resolve("store.db");

        IngestSummary first = ingest(db, TimeWindow.ALL, logs);
        assertThat(first.filesRead()).isEqualTo(2);
        assertThat(first.eventsAdded()).isEqualTo(3);
        assertThat(first.duplicates()).isEqualTo(2);
        assertThat(first.rejected()).isEmpty();

        IngestSummary second = ingest(db, TimeWindow.ALL, logs);
        assertThat(second.filesRead()).isZero();
        assertThat(second.filesUnchanged()).isEqualTo(2);
        assertThat(second.eventsAdded()).isZero();

        TestingLogs.write(key(logs, "2024-01-02", "c.json"), records(List.of(event("e3", "2024-01-02T00:00:03Z", "C"),
                event("e4", "2024-01-02T00:00:04Z", "D"))));
        IngestSummary third = ingest(db, TimeWindow.ALL, logs);
        assertThat(third.filesRead()).isEqualTo(1);
        assertThat(third.eventsAdded()).isEqualTo(1);
        assertThat(third.duplicates()).isEqualTo(1);

        assertThat(count(db, "SELECT count(*) FROM cloudtrail_logs")).isEqualTo(4);
        assertThat(count(db, "SELECT count(DISTINCT eventid) FROM cloudtrail_logs")).isEqualTo(4);
        assertThat(count(db, "SELECT sum(events) FROM ingest_manifest")).isEqualTo(4);
    }

    @Test
    void changedFileIsReadAgainAndOnlyNewEventsAdded() throws IOException {
        Path logs = temp.resolve("logs");
        Path file = TestingLogs.write(logs.resolve("x.json"), records(List.of(event("e1", "2024-01-01T00:00:01Z", "A"))));
        Path db = temp.resolve("store.db");
        ingest(db, TimeWindow.ALL, logs);
        Files.writeString(file, records(List.of(event("e1", "2024-01-01T00:00:01Z", "A"), event("e2", "2024-01-01T00:00:02Z", "A"))));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        IngestSummary again = ingest(db, TimeWindow.ALL, logs);
        assertThat(again.filesRead()).isEqualTo(1);
        assertThat(again.eventsAdded()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(1);
    }

    @Test
    void eventsWithoutIdGetAStableSyntheticId() throws IOException {
        Path logs = temp.resolve("logs");
        String noId = "{\"eventTime\":\"2024-01-01T00:00:01Z\",\"eventName\":\"X\",\"eventSource\":\"s3.amazonaws.com\"}";
        String sameReordered = "{\"eventName\":\"X\",\"eventSource\":\"s3.amazonaws.com\",  \"eventTime\":\"2024-01-01T00:00:01Z\"}";
        TestingLogs.write(logs.resolve("one.json"), noId);
        TestingLogs.write(logs.resolve("two.json"), "[" + sameReordered + "]");
        Path db = temp.resolve("store.db");
        IngestSummary summary = ingest(db, TimeWindow.ALL, logs);
        assertThat(summary.eventsAdded()).isEqualTo(1);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM cloudtrail_logs WHERE eventid LIKE 'synthetic-%' AND length(eventid) = 42")).isEqualTo(1);
    }

    @Test
    void aBrokenFileIsRejectedWithItsReasonAndTheRestContinues() throws IOException {
        Path logs = temp.resolve("logs");
        TestingLogs.write(logs.resolve("a-good.json"), records(List.of(event("e1", "2024-01-01T00:00:01Z", "A"))));
        TestingLogs.write(logs.resolve("b-bad.json"), "{\"Records\":[" + event("e2", "2024-01-01T00:00:01Z", "A") + ",\n{broken");
        byte[] gz = Files.readAllBytes(TestingLogs.writeGzip(logs.resolve("c-trunc.json.gz"), records(List.of(event("e3", "2024-01-01T00:00:01Z", "A")))));
        Files.write(logs.resolve("c-trunc.json.gz"), java.util.Arrays.copyOf(gz, gz.length - 12));
        TestingLogs.write(logs.resolve("d-good.json"), records(List.of(event("e4", "2024-01-01T00:00:01Z", "A"))));
        Path db = temp.resolve("store.db");
        IngestSummary summary = ingest(db, TimeWindow.ALL, logs);
        assertThat(summary.rejected()).extracting(RejectedFile::path)
                .containsExactly(logs.resolve("b-bad.json").toString(), logs.resolve("c-trunc.json.gz").toString());
        assertThat(summary.rejected().get(0).reason()).startsWith(logs.resolve("b-bad.json") + ":2:2: malformed JSON");
        assertThat(summary.rejected().get(1).reason()).contains("c-trunc.json.gz").contains("truncated file");
        assertThat(summary.eventsAdded()).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM ingest_manifest WHERE status = 'rejected' AND error IS NOT NULL")).isEqualTo(2);
        IngestSummary again = ingest(db, TimeWindow.ALL, logs);
        assertThat(again.filesRead()).isZero();
    }

    @Test
    void digestsAreCountedNotStored() throws IOException {
        Path logs = temp.resolve("logs");
        TestingLogs.writeGzip(logs.resolve("AWSLogs/123456789012/CloudTrail-Digest/us-east-1/2024/01/01/123456789012_CloudTrail-Digest_us-east-1_trail_us-east-1_20240101T010000Z.json.gz"),
                "{\"awsAccountId\":\"123456789012\",\"logFiles\":[]}");
        TestingLogs.write(logs.resolve("elsewhere/digest.json"), "{\"awsAccountId\":\"123456789012\",\"digestStartTime\":\"x\",\"logFiles\":[]}");
        IngestSummary summary = ingest(temp.resolve("store.db"), TimeWindow.ALL, logs);
        assertThat(summary.digests()).isEqualTo(2);
        assertThat(summary.eventsAdded()).isZero();
        assertThat(summary.rejected()).isEmpty();
    }

    @Test
    void sinceAndUntilPruneByKeyDateThenFilterByEventTime() throws IOException {
        Path logs = temp.resolve("logs");
        TestingLogs.write(key(logs, "2024-01-01", "a.json"), records(List.of(event("old", "2024-01-01T12:00:00Z", "A"))));
        TestingLogs.write(key(logs, "2024-01-05", "b.json"), records(List.of(event("edge", "2024-01-04T23:59:59Z", "A"),
                event("in", "2024-01-05T10:00:00Z", "A"))));
        TestingLogs.write(key(logs, "2024-01-09", "c.json"), records(List.of(event("late", "2024-01-09T00:00:00Z", "A"))));
        Path db = temp.resolve("store.db");
        TimeWindow window = new TimeWindow(Optional.of(LocalDate.of(2024, 1, 5)), Optional.of(LocalDate.of(2024, 1, 6)));
        IngestSummary summary = ingest(db, window, logs);
        assertThat(summary.filesOutsideWindow()).isEqualTo(2);
        assertThat(summary.eventsAdded()).isEqualTo(1);
        assertThat(summary.eventsOutsideWindow()).isEqualTo(1);
        IngestSummary wider = ingest(db, TimeWindow.ALL, logs);
        assertThat(wider.filesRead()).isEqualTo(3);
        assertThat(wider.eventsAdded()).isEqualTo(3);
        assertThat(count(db, "SELECT count(*) FROM cloudtrail_logs")).isEqualTo(4);
    }

    @Test
    void storeAnswersAthenaStyleSql() throws IOException {
        Path logs = temp.resolve("logs");
        TestingLogs.write(logs.resolve("a.json"), records(List.of(event("e1", "2024-01-01T00:00:01Z", "ConsoleLogin"))));
        Path db = temp.resolve("store.db");
        ingest(db, TimeWindow.ALL, logs);
        assertThat(count(db, "SELECT count(*) FROM cloudtrail_logs WHERE useridentity.username = 'alice' "
                + "AND useridentity.sessioncontext.attributes.mfaauthenticated = 'false' AND readonly = 'true' "
                + "AND json_extract_scalar(requestparameters, '$.groupId') = 'sg-1' "
                + "AND from_iso8601_timestamp(eventtime) = TIMESTAMPTZ '2024-01-01 00:00:01+00' "
                + "AND event_timestamp = TIMESTAMP '2024-01-01 00:00:01' AND event_date = DATE '2024-01-01'")).isEqualTo(1);
    }

    @Test
    void aFileThatCouldNotBeReadIsTriedAgainNextRun() throws IOException {
        Path logs = temp.resolve("logs");
        TestingLogs.write(logs.resolve("flaky.json"), records(List.of(event("e1", "2024-01-01T00:00:01Z", "A"))));
        Path db = temp.resolve("store.db");
        LocalLogSource local = new LocalLogSource(logs);
        LogSource flaky = new LogSource() {
            @Override
            public String name() {
                return local.name();
            }

            @Override
            public List<LogObject> list() throws IOException {
                return local.list();
            }

            @Override
            public java.io.InputStream open(LogObject object) throws IOException {
                throw new IOException("connection reset");
            }
        };
        IngestSummary first;
        try (DuckDbStore store = DuckDbStore.open(db)) {
            first = new IngestJob(store, new IngestOptions(TimeWindow.ALL, 1, Optional.empty())).run(List.of(flaky));
        }
        assertThat(first.rejected()).hasSize(1);
        assertThat(first.rejected().get(0).reason()).isEqualTo(logs.resolve("flaky.json") + ": unreadable: connection reset");
        assertThat(count(db, "SELECT count(*) FROM ingest_manifest WHERE status = 'failed'")).isEqualTo(1);
        IngestSummary second = ingest(db, TimeWindow.ALL, logs);
        assertThat(second.filesRead()).isEqualTo(1);
        assertThat(second.eventsAdded()).isEqualTo(1);
        assertThat(second.rejected()).isEmpty();
        assertThat(ingest(db, TimeWindow.ALL, logs).filesRead()).isZero();
    }
}
