package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

/** A file that could not be read to its end: its path, the one-line reason, and how many of its events were kept. */
public record RejectedFile(String path, String reason, long eventsKept) {
    public RejectedFile {
        requireNonNull(path, "path is null");
        requireNonNull(reason, "reason is null");
    }
}
