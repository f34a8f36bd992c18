package io.trailscope.query;

import static java.util.Objects.requireNonNull;

import io.trailscope.model.Dimension;
import io.trailscope.model.Field;
import io.trailscope.model.Measure;

/** A field as an explore sees it: the alias it is reached through and its definition. */
public record ResolvedField(String alias, Field field) {
    public ResolvedField {
        requireNonNull(alias, "alias is null");
        requireNonNull(field, "field is null");
    }

    /** {@code alias.field}, the id in requests and result columns. */
    public String id() {
        return alias + "." + field.name();
    }

    public boolean isMeasure() {
        return field instanceof Measure;
    }

    public boolean isDimension() {
        return field instanceof Dimension;
    }
}
