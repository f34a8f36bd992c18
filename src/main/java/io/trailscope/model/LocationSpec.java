package io.trailscope.model;

import static java.util.Objects.requireNonNull;

/** A {@code type: location} dimension: {@code sql_latitude} and {@code sql_longitude}. */
public record LocationSpec(SqlTemplate latitude, SqlTemplate longitude) {
    public LocationSpec {
        requireNonNull(latitude, "latitude is null");
        requireNonNull(longitude, "longitude is null");
    }
}
