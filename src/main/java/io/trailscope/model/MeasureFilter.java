package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;

/**
 * One condition of a measure's {@code filters}: a field of the same view (or {@code view.field}) and a Looker filter
 * expression, as written. {@code location} points at the field name.
 */
public record MeasureFilter(String field, String expression, SourceLocation location) {
    public MeasureFilter {
        requireNonNull(field, "field is null");
        requireNonNull(expression, "expression is null");
        requireNonNull(location, "location is null");
    }
}
