package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

/** Why a log file could not be read to its end, and where (line and column of the decoded text, 0 if unknown). */
public record DecodeProblem(long line, long column, String reason) {
    public DecodeProblem {
        requireNonNull(reason, "reason is null");
    }

    public String describe(String file) {
        if (line <= 0) {
            return file + ": " + reason;
        }
        return file + ":" + line + ":" + column + ": " + reason;
    }
}
