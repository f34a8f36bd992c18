package io.trailscope.ingest.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestS3Location {
    private static void rejected(String uri, String message) {
        assertThatThrownBy(() -> S3Location.parse(uri)).as(uri)
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INGEST_ARGUMENT))
                .hasMessage(message);
    }

    @Test
    void parsesBucketAndRawPrefix() {
        assertThat(S3Location.parse("s3://my-trail.logs/AWSLogs/")).isEqualTo(new S3Location("my-trail.logs", "AWSLogs/"));
        assertThat(S3Location.parse("s3://bucket")).isEqualTo(new S3Location("bucket", ""));
        assertThat(S3Location.parse("s3://bucket/")).isEqualTo(new S3Location("bucket", ""));
        assertThat(S3Location.parse("S3://Legacy_Bucket/a b/ü/")).isEqualTo(new S3Location("Legacy_Bucket", "a b/ü/"));
        assertThat(S3Location.parse("s3://bucket//double")).isEqualTo(new S3Location("bucket", "/double"));
        assertThat(S3Location.parse("s3://bucket/AWSLogs").toString()).isEqualTo("s3://bucket/AWSLogs");
        assertThat(new S3Location("bucket", "").uriOf("AWSLogs/x.json.gz")).isEqualTo("s3://bucket/AWSLogs/x.json.gz");
        assertThat(new S3Location("bucket", "p/").keyOf("s3://bucket/p/x")).isEqualTo("p/x");
    }

    @Test
    void rejectsWhatIsNoBucket() {
        rejected("s3://", "not a valid S3 bucket name in s3://: expected 3-255 of letters, digits, '.', '-', '_'");
        rejected("s3:///AWSLogs", "not a valid S3 bucket name in s3:///AWSLogs: expected 3-255 of letters, digits, '.', '-', '_'");
        rejected("s3://bu cket/x", "not a valid S3 bucket name in s3://bu cket/x: expected 3-255 of letters, digits, '.', '-', '_'");
        rejected("s3://b;rm -rf/x", "not a valid S3 bucket name in s3://b;rm -rf/x: expected 3-255 of letters, digits, '.', '-', '_'");
        rejected("s3://bucket?versionId=1", "not a valid S3 bucket name in s3://bucket?versionId=1: expected 3-255 of letters, digits, '.', '-', '_'");
        rejected("s3://bucket/a\nb", "control characters in S3 prefix: s3://bucket/a?b");
        rejected("https://bucket.s3.amazonaws.com/x", "not an S3 location (expected s3://bucket/prefix): https://bucket.s3.amazonaws.com/x");
        String huge = "s3://" + "b".repeat(300) + "/x";
        assertThatThrownBy(() -> S3Location.parse(huge)).isInstanceOf(TrailException.class).hasMessageContaining("...");
    }

    @Test
    void settingsTakeOptionsThenTheEnvironment() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_S3", "https://s3.example.net", "AWS_ENDPOINT_URL", "https://all.example.net");
        assertThat(S3Settings.resolve(Optional.empty(), Optional.empty(), false, 8, Map.of()))
                .isEqualTo(new S3Settings(Optional.empty(), Optional.empty(), false, 8));
        assertThat(S3Settings.resolve(Optional.empty(), Optional.empty(), false, 8, env).endpoint()).contains(URI.create("https://s3.example.net"));
        assertThat(S3Settings.resolve(Optional.empty(), Optional.empty(), false, 8, Map.of("AWS_ENDPOINT_URL", "https://all.example.net", "AWS_ENDPOINT_URL_S3", " ")).endpoint())
                .contains(URI.create("https://all.example.net"));
        S3Settings option = S3Settings.resolve(Optional.of("https://minio.example.net:9000"), Optional.of("eu-central-1"), true, 8, env);
        assertThat(option).isEqualTo(new S3Settings(Optional.of(URI.create("https://minio.example.net:9000")), Optional.of("eu-central-1"), true, 8));
        assertThat(S3Settings.resolve(Optional.empty(), Optional.empty(), false, 8, env).pathStyle()).isFalse();
    }

    @Test
    void pathStyleFollowsFromAnAddressOrLocalhost() {
        for (String endpoint : new String[] {"http://127.0.0.1:9000", "http://localhost:9000", "http://[::1]:9000", "http://10.1.2.3"}) {
            assertThat(S3Settings.resolve(Optional.of(endpoint), Optional.empty(), false, 8, Map.of()).pathStyle()).as(endpoint).isTrue();
        }
        assertThat(S3Settings.resolve(Optional.of("http://s3.local.example"), Optional.empty(), false, 8, Map.of()).pathStyle()).isFalse();
    }

    @Test
    void rejectsBadEndpointsAndRegions() {
        for (String endpoint : new String[] {"127.0.0.1:9000", "ftp://host", "http://", "not a url", "file:///etc/passwd"}) {
            assertThatThrownBy(() -> S3Settings.resolve(Optional.of(endpoint), Optional.empty(), false, 8, Map.of())).as(endpoint)
                    .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.INGEST_ARGUMENT))
                    .hasMessageStartingWith("not an S3 endpoint URL: " + endpoint);
        }
        assertThatThrownBy(() -> S3Settings.resolve(Optional.empty(), Optional.of("us-east-1\"; drop"), false, 8, Map.of()))
                .isInstanceOf(TrailException.class).hasMessage("not an AWS region name: us-east-1\"; drop");
        assertThatThrownBy(() -> S3Settings.resolve(Optional.empty(), Optional.empty(), false, 8, Map.of("AWS_ENDPOINT_URL_S3", "nope")))
                .isInstanceOf(TrailException.class).hasMessageStartingWith("not an S3 endpoint URL: nope");
    }
}
