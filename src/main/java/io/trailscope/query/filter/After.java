package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/** {@code after X} and {@code on or after X}: {@code x >= start(X)}; the start of X is included. */
public record After(DatePoint point) implements DateTerm {
    public After {
        requireNonNull(point, "point is null");
    }
}
