package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** One row of the ingest manifest: a file read once, with what it gave. */
public record ManifestEntry(
        long id,
        String source,
        String path,
        long size,
        String version,
        FileStatus status,
        long events,
        long duplicates,
        long badTimes,
        long filtered,
        Optional<String> error,
        TimeWindow window) {
    public ManifestEntry {
        requireNonNull(source, "source is null");
        requireNonNull(path, "path is null");
        requireNonNull(version, "version is null");
        requireNonNull(status, "status is null");
        requireNonNull(error, "error is null");
        requireNonNull(window, "window is null");
    }

    /** Whether this entry already covers the object under the given window, so it need not be read again. */
    public boolean covers(LogObject object, TimeWindow requested) {
        return status != FileStatus.FAILED && size == object.size() && version.equals(object.version())
                && (filtered == 0 || requested.within(window));
    }
}
