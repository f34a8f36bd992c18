package io.trailscope.model;

import java.util.Locale;
import java.util.Optional;

/** A join's {@code type:}; {@code left_outer} by default. */
public enum JoinType {
    LEFT_OUTER,
    INNER,
    FULL_OUTER,
    CROSS;

    public static Optional<JoinType> fromLookml(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
