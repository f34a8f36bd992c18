package io.trailscope.model;

import java.util.Locale;
import java.util.Optional;

/** What the SQL of a time dimension group yields ({@code datatype:}); {@code timestamp} by default. */
public enum Datatype {
    TIMESTAMP,
    DATETIME,
    DATE,
    /** Seconds since 1970-01-01 UTC. */
    EPOCH,
    /** An integer such as 20240131. */
    YYYYMMDD;

    public static Optional<Datatype> fromLookml(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
