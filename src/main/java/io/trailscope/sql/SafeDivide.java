package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** A fractional ratio that is NULL instead of an error when the denominator is zero. */
public record SafeDivide(Expression numerator, Expression denominator) implements Expression {
    public SafeDivide {
        requireNonNull(numerator, "numerator is null");
        requireNonNull(denominator, "denominator is null");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitSafeDivide(this);
    }
}
