package io.trailscope.model;

import java.util.Locale;
import java.util.Optional;

/** A join's {@code relationship:}; {@code many_to_one} by default. Drives symmetric aggregates only. */
public enum Relationship {
    MANY_TO_ONE,
    ONE_TO_ONE,
    ONE_TO_MANY,
    MANY_TO_MANY;

    public static Optional<Relationship> fromLookml(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
