package io.trailscope.model;

import static java.util.Objects.requireNonNull;

/**
 * Which timeframe of which {@code dimension_group} a dimension is. The timeframe is kept as written
 * ({@code minute15}); the query layer knows what each name means. {@code convertTz} defaults to yes.
 */
public record TimeframeSpec(String group, String timeframe, boolean convertTz, Datatype datatype) {
    public TimeframeSpec {
        requireNonNull(group, "group is null");
        requireNonNull(timeframe, "timeframe is null");
        requireNonNull(datatype, "datatype is null");
    }
}
