package io.trailscope.cloudtrail.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hourly CloudTrail-Digest files of one stream: each lists the log files delivered in its hour with the
 * SHA-256 of their uncompressed content, and chains to the previous digest by its hash and signature.
 */
final class DigestWriter {
    private record Entry(String key, String sha256, long oldest, long newest) {
    }

    private record Previous(String key, String sha256, String signature) {
    }

    private final StreamContext context;
    private final KeyLayout layout;
    private final OutputFiles files;
    private final SeededRandom random;
    private final String fingerprint;
    private final List<Entry> entries = new ArrayList<>();
    private Optional<Previous> previous = Optional.empty();

    DigestWriter(StreamContext context, KeyLayout layout, OutputFiles files, SeededRandom random) {
        this.context = context;
        this.layout = layout;
        this.files = files;
        this.random = random;
        this.fingerprint = Ids.hex(random, "", 32);
    }

    void logFile(String key, GzipSink.Written written, long oldest, long newest) {
        entries.add(new Entry(key, written.sha256(), oldest, newest));
    }

    /** Writes the digest covering (start, end] and returns its size on disk. */
    long write(long start, long end) throws IOException {
        String key = layout.digestKey(context.accountId(), context.region(), end);
        Path path = files.prepare(key);
        GzipSink sink = files.sink();
        sink.open(path);
        try (JsonGenerator json = OutputFiles.JSON.createGenerator(sink)) {
            json.writeStartObject();
            json.writeStringField("awsAccountId", context.accountId());
            json.writeStringField("digestStartTime", TimeText.iso(start));
            json.writeStringField("digestEndTime", TimeText.iso(end));
            json.writeStringField("digestS3Bucket", context.logBucket());
            json.writeStringField("digestS3Object", key);
            json.writeStringField("digestPublicKeyFingerprint", fingerprint);
            json.writeStringField("digestSignatureAlgorithm", "SHA256withRSA");
            if (!entries.isEmpty()) {
                json.writeStringField("newestEventTime", TimeText.iso(newest()));
                json.writeStringField("oldestEventTime", TimeText.iso(oldest()));
            }
            previous(json);
            json.writeFieldName("logFiles");
            json.writeStartArray();
            for (Entry entry : entries) {
                json.writeStartObject();
                json.writeStringField("s3Bucket", context.logBucket());
                json.writeStringField("s3Object", entry.key());
                json.writeStringField("hashValue", entry.sha256());
                json.writeStringField("hashAlgorithm", "SHA-256");
                json.writeStringField("newestEventTime", TimeText.iso(entry.newest()));
                json.writeStringField("oldestEventTime", TimeText.iso(entry.oldest()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        GzipSink.Written written = sink.finish();
        previous = Optional.of(new Previous(key, written.sha256(), Ids.hex(random, "", 512)));
        entries.clear();
        return written.compressedBytes();
    }

    private void previous(JsonGenerator json) throws IOException {
        if (previous.isEmpty()) {
            json.writeNullField("previousDigestS3Bucket");
            json.writeNullField("previousDigestS3Object");
            json.writeNullField("previousDigestHashValue");
            json.writeNullField("previousDigestHashAlgorithm");
            json.writeNullField("previousDigestSignature");
            return;
        }
        Previous last = previous.get();
        json.writeStringField("previousDigestS3Bucket", context.logBucket());
        json.writeStringField("previousDigestS3Object", last.key());
        json.writeStringField("previousDigestHashValue", last.sha256());
        json.writeStringField("previousDigestHashAlgorithm", "SHA-256");
        json.writeStringField("previousDigestSignature", last.signature());
    }

    private long newest() {
        long newest = Long.MIN_VALUE;
        for (Entry entry : entries) {
            newest = Math.max(newest, entry.newest());
        }
        return newest;
    }

    private long oldest() {
        long oldest = Long.MAX_VALUE;
        for (Entry entry : entries) {
            oldest = Math.min(oldest, entry.oldest());
        }
        return oldest;
    }
}
