package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;

/** One interval of a {@code dimension_group} of {@code type: duration}: whole intervals from start to end. */
public record DurationSpec(String group, String interval, SqlTemplate sqlStart, SqlTemplate sqlEnd,
        SourceLocation location) {
    public DurationSpec {
        requireNonNull(group, "group is null");
        requireNonNull(interval, "interval is null");
        requireNonNull(sqlStart, "sqlStart is null");
        requireNonNull(sqlEnd, "sqlEnd is null");
        requireNonNull(location, "location is null");
    }
}
