package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

/**
 * One object a source offers: a file, or an S3 key. {@code version} changes whenever the content
 * may have (a modification time, an ETag), so the manifest can tell new from already read.
 */
public record LogObject(String source, String path, long size, String version) {
    public LogObject {
        requireNonNull(source, "source is null");
        requireNonNull(path, "path is null");
        requireNonNull(version, "version is null");
    }

    public KeyLayout layout() {
        return KeyLayout.of(path);
    }
}
