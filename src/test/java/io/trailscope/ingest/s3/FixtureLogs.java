package io.trailscope.ingest.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Small generated CloudTrail logs in the S3 key layout: one gzipped file per region and day with
 * three events, one event repeated in the next day's file, and a digest file.
 */
final class FixtureLogs {
    static final String ACCOUNT = "123456789012";
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1");
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 1);
    static final int DAYS = 8;
    static final int UNIQUE_EVENTS = REGIONS.size() * DAYS * 3;

    private FixtureLogs() {
    }

    static String event(String id, String time, String name) {
        return ("{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::%s:user/alice\","
                + "\"accountId\":\"%s\",\"userName\":\"alice\"},\"eventTime\":\"%s\",\"eventSource\":\"ec2.amazonaws.com\","
                + "\"eventName\":\"%s\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"198.51.100.7\",\"userAgent\":\"aws-cli/2.15.30\","
                + "\"requestID\":\"r-%s\",\"eventID\":\"%s\",\"readOnly\":true,\"eventType\":\"AwsApiCall\",\"recipientAccountId\":\"%s\"}")
                .formatted(ACCOUNT, ACCOUNT, time, name, id, id, ACCOUNT);
    }

    static String records(List<String> events) {
        return "{\"Records\":[" + String.join(",", events) + "]}";
    }

    static String dayFolder(String prefix, String region, LocalDate day) {
        return prefix + "AWSLogs/" + ACCOUNT + "/CloudTrail/" + region + "/" + day.toString().replace('-', '/') + "/";
    }

    static String fileName(String region, LocalDate day, String id) {
        return ACCOUNT + "_CloudTrail_" + region + "_" + day.toString().replace("-", "") + "T0005Z_" + id + ".json.gz";
    }

    /** Key (under {@code prefix}) to gzipped content. */
    static Map<String, byte[]> logs(String prefix) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String region : REGIONS) {
            for (int d = 0; d < DAYS; d++) {
                LocalDate day = FIRST_DAY.plusDays(d);
                List<String> events = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    events.add(event(region + "-" + day + "-" + i, day + "T0" + i + ":10:00Z", "Describe" + i));
                }
                if (d > 0) {
                    events.add(event(region + "-" + day.minusDays(1) + "-2", day.minusDays(1) + "T02:10:00Z", "Describe2"));
                }
                files.put(dayFolder(prefix, region, day) + fileName(region, day, "a" + d), gzip(records(events)));
            }
        }
        String digestName = ACCOUNT + "_CloudTrail-Digest_us-east-1_trail_us-east-1_20240302T000000Z.json.gz";
        files.put(prefix + "AWSLogs/" + ACCOUNT + "/CloudTrail-Digest/us-east-1/2024/03/02/" + digestName,
                gzip("{\"awsAccountId\":\"" + ACCOUNT + "\",\"digestStartTime\":\"2024-03-01T00:00:00Z\",\"logFiles\":[]}"));
        return files;
    }

    static byte[] gzip(String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void writeTo(Path root, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    static void upload(S3ProxyServer server, String bucket, Map<String, byte[]> files) {
        files.forEach((key, content) -> server.put(bucket, key, content));
    }
}
