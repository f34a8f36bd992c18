package io.trailscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.ingest.s3.S3ProxyServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ingest s3://...` end to end through the command line, against s3proxy, with credentials from the SDK's default chain. */
final class TestCliS3Ingest {
    private static final String BUCKET = "cli-trail";
    private static final String FOLDER = "AWSLogs/123456789012/CloudTrail/us-east-1/2024/01/01/";
    private static S3ProxyServer server;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3ProxyServer.start();
        server.createBucket(BUCKET);
        server.put(BUCKET, FOLDER + "123456789012_CloudTrail_us-east-1_20240101T0000Z_a.json.gz",
                gzip("{\"Records\":[" + event("e1", "ConsoleLogin") + "," + event("e2", "GetObject") + "]}"));
        // Credentials reach the SDK's default chain as system properties, the chain's first provider.
        System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
    }

    @AfterAll
    static void stopServer() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        server.close();
    }

    private static String event(String id, String name) {
        return "{\"eventVersion\":\"1.08\",\"eventID\":\"" + id + "\",\"eventTime\":\"2024-01-01T00:00:00Z\",\"eventName\":\"" + name
                + "\",\"eventSource\":\"signin.amazonaws.com\",\"userIdentity\":{\"type\":\"Root\"}}";
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private CliRun ingest(String source) {
        return run("ingest", "--db", temp.resolve("store.db").toString(), "--s3-endpoint", server.endpoint().toString(),
                "--s3-region", "us-east-1", "--threads=2", source);
    }

    @Test
    void ingestsAnS3PrefixOnceAndSaysSoTheSecondTime() {
        CliRun first = ingest("s3://" + BUCKET + "/AWSLogs/");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).containsPattern("files read +1\n").containsPattern("events added +2\n");
        CliRun again = ingest("s3://" + BUCKET + "/AWSLogs/");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).containsPattern("files read +0\n").containsPattern("files unchanged +1 ");
        CliRun status = run("ingest", "--status", "--db", temp.resolve("store.db").toString());
        assertThat(status.out()).containsPattern("ok +1 files +2 events");
    }

    @Test
    void aMissingBucketFailsWithExitOneAndTheS3ErrorCode() {
        CliRun missing = ingest("s3://missing-bucket/AWSLogs/");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: cannot list s3://missing-bucket/AWSLogs/: NoSuchBucket (HTTP 404): ")
                .contains("; check the bucket name");
        assertThat(missing.out()).isEmpty();
    }

    @Test
    void aBrokenObjectExitsWithThreeAndNamesItsS3Path() {
        server.put(BUCKET, "broken/" + FOLDER + "bad.json", "{\"Records\": [\n  {\"eventID\": }\n]}".getBytes(StandardCharsets.UTF_8));
        server.put(BUCKET, "broken/" + FOLDER + "good.json", ("{\"Records\":[" + event("g1", "A") + "]}").getBytes(StandardCharsets.UTF_8));
        CliRun run = ingest("s3://" + BUCKET + "/broken/");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).containsPattern("events added +1\n")
                .contains("rejected: s3://" + BUCKET + "/broken/" + FOLDER + "bad.json:2:15: malformed JSON");
    }

    @Test
    void badS3ArgumentsAreUsageErrors() {
        CliRun badUri = run("ingest", "--db", temp.resolve("x.db").toString(), "s3://bad bucket/x");
        assertThat(badUri.exitCode()).isEqualTo(2);
        assertThat(badUri.err()).contains("not a valid S3 bucket name in s3://bad bucket/x");
        CliRun badEndpoint = run("ingest", "--db", temp.resolve("x.db").toString(), "--s3-endpoint", "localhost:9000", "s3://b/x");
        assertThat(badEndpoint.exitCode()).isEqualTo(2);
        assertThat(badEndpoint.err()).contains("not an S3 endpoint URL: localhost:9000");
        assertThat(Files.exists(temp.resolve("x.db"))).isFalse();
        assertThat(run("ingest", "--help").out()).contains("--s3-endpoint=URL").contains("--s3-region=REGION").contains("--s3-path-style");
    }

    @Test
    void theEnvironmentAndAProfileAreEnoughInAFreshProcess() throws Exception {
        Path config = Files.writeString(temp.resolve("config"), "[profile trailscope-test]\nregion = us-east-1\n");
        Path credentials = Files.writeString(temp.resolve("credentials"), "[trailscope-test]\naws_access_key_id = "
                + S3ProxyServer.ACCESS_KEY + "\naws_secret_access_key = " + S3ProxyServer.SECRET_KEY + "\n");
        Path db = temp.resolve("child.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "io.trailscope.app.Main",
                "ingest", "--db", db.toString(), "s3://" + BUCKET + "/AWSLogs/")
                .redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile());
        Map<String, String> env = child.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_ENDPOINT_URL_S3", server.endpoint().toString());
        env.put("AWS_PROFILE", "trailscope-test");
        env.put("AWS_CONFIG_FILE", config.toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", credentials.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = child.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(temp.resolve("child.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).containsPattern("events added +2\n").doesNotContain("SLF4J");
    }
}
