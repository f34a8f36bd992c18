package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code CAST(value AS type)}, or {@code TRY_CAST} (NULL instead of an error) when safe. */
public record Cast(Expression value, SqlType type, boolean safe) implements Expression {
    public Cast {
        requireNonNull(value, "value is null");
        requireNonNull(type, "type is null");
    }

    public static Cast of(Expression value, SqlType type) {
        return new Cast(value, type, false);
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitCast(this);
    }
}
