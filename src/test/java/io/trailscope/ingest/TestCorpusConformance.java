package io.trailscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trailscope.engine.DuckDbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Ingests the shared corpus of real logs and checks the facts ../shared/corpus/SOURCES.md states. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class TestCorpusConformance {
    static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();

    private Path grycapStore;
    private IngestSummary grycap;
    private IngestSummary everything;
    private Path everythingStore;

    @BeforeAll
    void ingestCorpus(@TempDir Path temp) {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: the shared corpus is absent at " + CORPUS
                + " (it lives beside the repository in the project's workspace, not in a fresh clone)");
        grycapStore = temp.resolve("grycap.db");
        grycap = ingest(grycapStore, CORPUS.resolve("grycap-cloudtrail-tracker"));
        everythingStore = temp.resolve("all.db");
        everything = ingest(everythingStore, CORPUS);
    }

    private static IngestSummary ingest(Path db, Path folder) {
        try (DuckDbStore store = DuckDbStore.open(db)) {
            return new IngestJob(store, new IngestOptions(TimeWindow.ALL, 2, Optional.empty())).run(List.of(new LocalLogSource(folder)));
        }
    }

    private long count(String where) {
        try (DuckDbStore store = DuckDbStore.openReadOnly(grycapStore)) {
            return store.count("SELECT count(*) FROM cloudtrail_logs WHERE " + where);
        }
    }

    @Test
    void grycapFacts() {
        assertThat(grycap.rejected()).isEmpty();
        assertThat(grycap.eventsAdded()).isEqualTo(11_412);
        assertThat(count("eventname = 'ConsoleLogin'")).isEqualTo(16);
        assertThat(count("useridentity.type = 'Root'")).isEqualTo(21);
        assertThat(count("errorcode = 'AccessDenied'")).isEqualTo(57);
        assertThat(count("errorcode IS NOT NULL")).isEqualTo(1_225);
        assertThat(count("eventname IN ('AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', "
                + "'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup')")).isEqualTo(90);
        try (DuckDbStore store = DuckDbStore.openReadOnly(grycapStore)) {
            assertThat(store.count("SELECT count(DISTINCT nullif(useridentity.username, '')) FROM cloudtrail_logs")).isEqualTo(14);
            assertThat(store.count("SELECT count(DISTINCT useridentity.username) FROM cloudtrail_logs WHERE useridentity.type = 'IAMUser'")).isEqualTo(13);
            assertThat(store.count("SELECT count(DISTINCT sourceipaddress) FROM cloudtrail_logs")).isEqualTo(58);
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs WHERE event_timestamp IS NULL")).isZero();
            assertThat(store.count("SELECT epoch(min(event_timestamp))::BIGINT FROM cloudtrail_logs")).isEqualTo(1_496_275_377L);
            assertThat(store.count("SELECT epoch(max(event_timestamp))::BIGINT FROM cloudtrail_logs")).isEqualTo(1_496_357_188L);
        }
    }

    @Test
    void grycapReingestAddsNothing() {
        IngestSummary again = ingest(grycapStore, CORPUS.resolve("grycap-cloudtrail-tracker"));
        assertThat(again.filesRead()).isZero();
        assertThat(again.eventsAdded()).isZero();
        assertThat(count("true")).isEqualTo(11_412);
    }

    @Test
    void wholeCorpusKeepsEveryEventAndRejectsOnlyWhatIsNotCloudTrail() {
        assertThat(everything.rejected()).extracting(r -> CORPUS.relativize(Path.of(r.path())).toString()).containsExactlyInAnyOrder(
                "SOURCES.md",
                "awsdocs-cloudtrail-user-guide/awsdocs_cloudtrail_examples.meta.jsonl",
                "otrf-security-datasets/AWS_S3_HoneyBucketLogs.csv",
                "otrf-security-datasets/aws_s3_honeybucketlogs.zip",
                "panther-analysis/panther_rule_test_events.meta.jsonl");
        try (DuckDbStore store = DuckDbStore.openReadOnly(everythingStore)) {
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs")).isEqualTo(everything.eventsAdded());
            assertThat(store.count("SELECT count(DISTINCT eventid) FROM cloudtrail_logs")).isEqualTo(everything.eventsAdded());
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs WHERE eventid IS NULL")).isZero();
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs WHERE useridentity.type = 'AWSService'")).isPositive();
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs WHERE extra_fields LIKE '%@timestamp%'")).isPositive();
            assertThat(store.count("SELECT count(*) FROM cloudtrail_logs WHERE event_timestamp IS NULL")).isEqualTo(everything.eventsWithoutTime());
        }
        assertThat(everything.eventsAdded()).isGreaterThan(11_412 + 310);
    }
}
