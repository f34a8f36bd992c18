package io.trailscope.cloudtrail.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class TestGeneratedLayout {
    private static final Pattern LOG = Pattern.compile("AWSLogs/(\\d{12})/(CloudTrail|CloudTrail-Insight)/([a-z]{2}-[a-z]+-\\d)/"
            + "(\\d{4})/(\\d{2})/(\\d{2})/\\1_\\2_\\3_(\\4\\5\\6T\\d{4}Z)_[A-Za-z0-9]{16}\\.json\\.gz");
    private static final Pattern DIGEST = Pattern.compile("AWSLogs/(\\d{12})/CloudTrail-Digest/([a-z]{2}-[a-z]+-\\d)/"
            + "(\\d{4})/(\\d{2})/(\\d{2})/\\1_CloudTrail-Digest_\\2_management-events_us-east-1_(\\3\\4\\5T\\d{6}Z)\\.json\\.gz");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Test
    void everyFileFollowsTheS3KeyLayout() {
        List<Path> files = GeneratedSample.files();

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String key = GeneratedSample.key(file);
            assertThat(LOG.matcher(key).matches() || DIGEST.matcher(key).matches()).as(key).isTrue();
        }
    }

    @Test
    void logFilesHoldOnlyTheirAccountRegionAndWindow() {
        for (Path file : GeneratedSample.logFiles()) {
            Matcher matcher = LOG.matcher(GeneratedSample.key(file));
            assertThat(matcher.matches()).isTrue();
            long fileTime = LocalDateTime.parse(matcher.group(7), MINUTE).toEpochSecond(ZoneOffset.UTC);
            JsonNode content = GeneratedSample.read(file);
            assertThat(content.size()).as("only Records").isEqualTo(1);
            assertThat(content.get("Records").isArray()).isTrue();
            assertThat(content.get("Records").size()).isPositive();
            for (JsonNode event : content.get("Records")) {
                assertThat(event.get("recipientAccountId").asText()).isEqualTo(matcher.group(1));
                assertThat(event.get("awsRegion").asText()).isEqualTo(matcher.group(3));
                long eventTime = Instant.parse(event.get("eventTime").asText()).getEpochSecond();
                assertThat(eventTime).as(GeneratedSample.key(file)).isBetween(fileTime - 300, fileTime - 1);
            }
        }
    }

    @Test
    void digestsAreHourlyChainsThatHashTheLogFiles() throws Exception {
        Map<String, Path> byKey = new HashMap<>();
        for (Path file : GeneratedSample.files()) {
            byKey.put(GeneratedSample.key(file), file);
        }
        int digests = 0;
        int listed = 0;
        for (Path file : GeneratedSample.files()) {
            String key = GeneratedSample.key(file);
            Matcher matcher = DIGEST.matcher(key);
            if (!matcher.matches()) {
                continue;
            }
            digests++;
            JsonNode digest = GeneratedSample.read(file);
            assertThat(digest.has("Records")).isFalse();
            assertThat(digest.get("awsAccountId").asText()).isEqualTo(matcher.group(1));
            assertThat(digest.get("digestS3Object").asText()).isEqualTo(key);
            assertThat(digest.get("digestSignatureAlgorithm").asText()).isEqualTo("SHA256withRSA");
            long end = LocalDateTime.parse(matcher.group(6), SECOND).toEpochSecond(ZoneOffset.UTC);
            assertThat(Instant.parse(digest.get("digestEndTime").asText()).getEpochSecond()).isEqualTo(end);
            assertThat(Instant.parse(digest.get("digestStartTime").asText()).getEpochSecond()).isEqualTo(end - 3600);
            for (JsonNode logFile : digest.get("logFiles")) {
                Path listedFile = byKey.get(logFile.get("s3Object").asText());
                assertThat(listedFile).as(logFile.get("s3Object").asText()).isNotNull();
                assertThat(logFile.get("hashAlgorithm").asText()).isEqualTo("SHA-256");
                assertThat(logFile.get("hashValue").asText()).isEqualTo(sha256(GeneratedSample.gunzip(listedFile)));
                listed++;
            }
            if (!digest.get("previousDigestS3Object").isNull()) {
                Path previous = byKey.get(digest.get("previousDigestS3Object").asText());
                assertThat(previous).isNotNull();
                assertThat(digest.get("previousDigestHashValue").asText())
                        .isEqualTo(sha256(GeneratedSample.gunzip(previous)));
            }
        }
        GenerationSummary summary = GeneratedSample.summary();
        assertThat(digests).isEqualTo(3 * 10 * 7 * 24).isEqualTo((int) summary.digestFiles());
        assertThat(listed).isEqualTo((int) summary.logFiles());
    }

    @Test
    void insightsEventsLiveUnderTheirOwnPrefix() {
        int insights = 0;
        for (Path file : GeneratedSample.files()) {
            if (!GeneratedSample.key(file).contains("/CloudTrail-Insight/")) {
                continue;
            }
            insights++;
            JsonNode event = GeneratedSample.read(file).get("Records").get(0);
            assertThat(event.get("eventType").asText()).isEqualTo("AwsCloudTrailInsight");
            assertThat(event.get("eventCategory").asText()).isEqualTo("Insight");
            assertThat(event.get("insightDetails").get("state").asText()).isIn("Start", "End");
            assertThat(event.get("insightDetails").get("insightType").asText())
                    .isIn("ApiCallRateInsight", "ApiErrorRateInsight");
        }
        assertThat(insights).isPositive().isEqualTo((int) GeneratedSample.summary().insightFiles());
    }

    @Test
    void summaryAddsUp() throws Exception {
        GenerationSummary summary = GeneratedSample.summary();
        long bytes = 0;
        for (Path file : GeneratedSample.files()) {
            bytes += Files.size(file);
        }

        assertThat(summary.events()).isEqualTo(20_000);
        assertThat(GeneratedSample.records()).hasSize((int) (summary.events() + summary.duplicateRecords()));
        assertThat(summary.files()).isEqualTo(GeneratedSample.files().size());
        assertThat(summary.bytes()).isEqualTo(bytes);
        assertThat(summary.accounts()).extracting(GeneratedAccount::name)
                .containsExactly("acme-prod", "acme-staging", "acme-security");
        assertThat(summary.regions()).startsWith("us-east-1");
        assertThat(summary.categories().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20_000);
        assertThat(summary.firstEventTime()).hasValueSatisfying(
                first -> assertThat(first).isAfterOrEqualTo(Instant.parse("2024-05-01T00:00:00Z")));
        assertThat(summary.lastEventTime()).hasValueSatisfying(
                last -> assertThat(last).isBefore(Instant.parse("2024-05-08T00:00:00Z")));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Ids.hexOf(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
