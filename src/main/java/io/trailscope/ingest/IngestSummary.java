package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/** What an ingest did. */
public record IngestSummary(
        long filesListed,
        long filesRead,
        long filesUnchanged,
        long filesOutsideWindow,
        long eventsAdded,
        long duplicates,
        long digests,
        long eventsWithoutTime,
        long eventsOutsideWindow,
        long bytesRead,
        List<RejectedFile> rejected,
        Duration elapsed) {
    public IngestSummary {
        rejected = List.copyOf(requireNonNull(rejected, "rejected is null"));
        requireNonNull(elapsed, "elapsed is null");
    }

    public double eventsPerSecond() {
        double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return (eventsAdded + duplicates) / seconds;
    }
}
