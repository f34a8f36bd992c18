package io.trailscope.ingest;

import static java.util.Objects.requireNonNull;

/**
 * Why a log file could not be read to its end, and where (line and column of the decoded text, 0 if
 * unknown). A retryable problem is one of reading (an I/O or network failure), not of the content:
 * the file is read again on the next run even if it has not changed.
 */
public record DecodeProblem(long line, long column, String reason, boolean retryable) {
    public DecodeProblem {
        requireNonNull(reason, "reason is null");
    }

    /** A problem with the content: it stays until the file changes. */
    public DecodeProblem(long line, long column, String reason) {
        this(line, column, reason, false);
    }

    public static DecodeProblem unreadable(long line, long column, String reason) {
        return new DecodeProblem(line, column, reason, true);
    }

    public DecodeProblem at(long newLine, long newColumn) {
        return new DecodeProblem(newLine, newColumn, reason, retryable);
    }

    public DecodeProblem withReason(String newReason) {
        return new DecodeProblem(line, column, newReason, retryable);
    }

    public String describe(String file) {
        if (line <= 0) {
            return file + ": " + reason;
        }
        return file + ":" + line + ":" + column + ": " + reason;
    }
}
