package io.trailscope.ingest.s3;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code s3://bucket/prefix} source. The prefix is a raw key prefix, as S3 means it:
 * {@code s3://b/AWSLogs} also matches {@code AWSLogs-old/...}; end it with a slash to mean a folder.
 */
public record S3Location(String bucket, String prefix) {
    private static final String SCHEME = "s3://";
    // Bucket names: today's rules (3-63 of a-z 0-9 . -) plus the legacy us-east-1 ones (upper case, underscores).
    private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,254}");
    private static final Pattern URI = Pattern.compile("(?i:s3)://([^/]*)(?:/(.*))?", Pattern.DOTALL);

    public S3Location {
        requireNonNull(bucket, "bucket is null");
        requireNonNull(prefix, "prefix is null");
    }

    public static boolean isS3(String source) {
        return source.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Parses {@code s3://bucket[/prefix]}; anything else is an {@code INGEST_ARGUMENT} error. */
    public static S3Location parse(String uri) {
        Matcher matcher = URI.matcher(uri);
        if (!isS3(uri) || !matcher.matches()) {
            throw new TrailException(ErrorCode.INGEST_ARGUMENT, "not an S3 location (expected s3://bucket/prefix): " + printable(uri));
        }
        String bucket = matcher.group(1);
        if (!BUCKET.matcher(bucket).matches()) {
            throw new TrailException(ErrorCode.INGEST_ARGUMENT, "not a valid S3 bucket name in " + printable(uri)
                    + ": expected 3-255 of letters, digits, '.', '-', '_'");
        }
        String prefix = matcher.group(2) == null ? "" : matcher.group(2);
        if (prefix.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new TrailException(ErrorCode.INGEST_ARGUMENT, "control characters in S3 prefix: " + printable(uri));
        }
        return new S3Location(bucket, prefix);
    }

    /** {@code s3://bucket/key} for a key of this bucket. */
    public String uriOf(String key) {
        return SCHEME + bucket + "/" + key;
    }

    /** The key of an {@code s3://bucket/key} of this bucket. */
    String keyOf(String uri) {
        String start = SCHEME + bucket + "/";
        if (!uri.startsWith(start)) {
            throw new IllegalArgumentException(uri + " is not in bucket " + bucket);
        }
        return uri.substring(start.length());
    }

    @Override
    public String toString() {
        return uriOf(prefix);
    }

    private static String printable(String text) {
        String cut = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
