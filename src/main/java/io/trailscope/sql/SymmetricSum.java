package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * SUM of {@code value} counting each distinct {@code key} once however often a join repeated its row
 * (Looker symmetric aggregates). Exact to 6 decimal places; the result is a DOUBLE, 0 when there is no row.
 * The optional filter keeps only rows where it holds, as a Looker measure filter does.
 */
public record SymmetricSum(Expression value, Expression key, Optional<Expression> filter) implements Expression {
    public SymmetricSum {
        requireNonNull(value, "value is null");
        requireNonNull(key, "key is null");
        requireNonNull(filter, "filter is null");
    }

    public static SymmetricSum of(Expression value, Expression key) {
        return new SymmetricSum(value, key, Optional.empty());
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitSymmetricSum(this);
    }
}
