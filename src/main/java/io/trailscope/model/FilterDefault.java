package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;

/** A field (qualified id) and a filter expression: an entry of {@code always_filter} or {@code conditionally_filter}. */
public record FilterDefault(String field, String expression, SourceLocation location) {
    public FilterDefault {
        requireNonNull(field, "field is null");
        requireNonNull(expression, "expression is null");
        requireNonNull(location, "location is null");
    }
}
