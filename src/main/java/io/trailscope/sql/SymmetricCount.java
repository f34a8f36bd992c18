package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The number of distinct {@code key}s (rows of the fanned-out view), optionally only where the filter holds. */
public record SymmetricCount(Expression key, Optional<Expression> filter) implements Expression {
    public SymmetricCount {
        requireNonNull(key, "key is null");
        requireNonNull(filter, "filter is null");
    }

    public static SymmetricCount of(Expression key) {
        return new SymmetricCount(key, Optional.empty());
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitSymmetricCount(this);
    }
}
