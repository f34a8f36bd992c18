package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A column, optionally qualified by a table alias: {@code "events"."event_name"}. Both parts are quoted. */
public record ColumnRef(Optional<String> qualifier, String name) implements Expression {
    public ColumnRef {
        requireNonNull(qualifier, "qualifier is null");
        qualifier.ifPresent(value -> SqlChecks.identifier(value, "column qualifier"));
        SqlChecks.identifier(name, "column name");
    }

    public static ColumnRef of(String name) {
        return new ColumnRef(Optional.empty(), name);
    }

    public static ColumnRef of(String qualifier, String name) {
        return new ColumnRef(Optional.of(qualifier), name);
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitColumnRef(this);
    }
}
