package io.trailscope.model;

import java.util.Locale;
import java.util.Optional;

/** How tier buckets are labelled ({@code style:}); the query layer writes the labels. */
public enum TierStyle {
    CLASSIC,
    INTERVAL,
    INTEGER,
    RELATIONAL;

    public static Optional<TierStyle> fromLookml(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
