package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Optional;

/** How to run an ingest: the time window, decoder threads, and where progress goes (a terminal, or nowhere). */
public record IngestOptions(TimeWindow window, int threads, Optional<PrintStream> progress) {
    public IngestOptions {
        requireNonNull(window, "window is null");
        requireNonNull(progress, "progress is null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static IngestOptions defaults() {
        return new IngestOptions(TimeWindow.ALL, Runtime.getRuntime().availableProcessors(), Optional.empty());
    }
}
