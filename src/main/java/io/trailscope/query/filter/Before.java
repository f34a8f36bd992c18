package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/** {@code before X}: {@code x < start(X)}; the start of X itself is excluded. */
public record Before(DatePoint point) implements DateTerm {
    public Before {
        requireNonNull(point, "point is null");
    }
}
