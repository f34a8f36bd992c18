package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.List;

/**
 * A date filter fixed for one "now": {@code x} matches if it lies in any interval, or if it is NULL and
 * {@code includesNull}. Intervals keep the order of the terms and are not merged. The bounds are wall-clock
 * times in {@code zone}, the query time zone.
 */
public record ResolvedDateFilter(List<DateInterval> intervals, boolean includesNull, ZoneId zone) {
    public ResolvedDateFilter {
        intervals = List.copyOf(intervals);
        requireNonNull(zone, "zone is null");
    }
}
