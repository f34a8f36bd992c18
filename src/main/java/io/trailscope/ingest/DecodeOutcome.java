package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What decoding one file gave: how many events reached the sink, whether it was a digest, and any problem. */
public record DecodeOutcome(long events, boolean digest, Optional<DecodeProblem> problem) {
    public DecodeOutcome {
        requireNonNull(problem, "problem is null");
    }
}
