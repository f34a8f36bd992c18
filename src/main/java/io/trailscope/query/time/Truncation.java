package io.trailscope.query.time;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;

/**
 * Truncation to {@code step} units: {@code minute15} is (MINUTE, 15), the 15-minute bucket within the hour
 * (18:37 gives 18:30). The step always divides the next larger unit, so buckets never straddle it.
 */
public record Truncation(TruncationUnit unit, int step) {
    public Truncation {
        requireNonNull(unit, "unit is null");
        if (step < 1) {
            throw new TrailException(ErrorCode.INTERNAL_ERROR, "truncation step must be positive: " + step);
        }
    }

    public static Truncation to(TruncationUnit unit) {
        return new Truncation(unit, 1);
    }
}
