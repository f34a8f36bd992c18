package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;

/**
 * Which timeframe of which {@code dimension_group} a dimension is. The timeframe is kept as written
 * ({@code minute15}); the query layer knows what each name means. {@code convertTz} defaults to yes.
 * {@code location} is where the timeframe is listed (or the group, for default timeframes).
 */
public record TimeframeSpec(String group, String timeframe, boolean convertTz, Datatype datatype,
        SourceLocation location) {
    public TimeframeSpec {
        requireNonNull(group, "group is null");
        requireNonNull(timeframe, "timeframe is null");
        requireNonNull(datatype, "datatype is null");
        requireNonNull(location, "location is null");
    }
}
