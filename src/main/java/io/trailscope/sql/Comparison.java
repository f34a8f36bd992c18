package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code left op right}, a boolean predicate. */
public record Comparison(ComparisonOperator operator, Expression left, Expression right) implements Expression {
    public Comparison {
        requireNonNull(operator, "operator is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitComparison(this);
    }
}
