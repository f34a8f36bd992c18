package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * AVG of {@code value} over distinct {@code key}s: the symmetric sum divided by the number of distinct keys
 * whose value is not NULL. A DOUBLE; NULL when there is no such key.
 */
public record SymmetricAverage(Expression value, Expression key, Optional<Expression> filter) implements Expression {
    public SymmetricAverage {
        requireNonNull(value, "value is null");
        requireNonNull(key, "key is null");
        requireNonNull(filter, "filter is null");
    }

    public static SymmetricAverage of(Expression value, Expression key) {
        return new SymmetricAverage(value, key, Optional.empty());
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitSymmetricAverage(this);
    }
}
