package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code left op right}; parentheses are added by the renderer from precedence. */
public record Arithmetic(ArithmeticOperator operator, Expression left, Expression right) implements Expression {
    public Arithmetic {
        requireNonNull(operator, "operator is null");
        requireNonNull(left, "left is null");
        requireNonNull(right, "right is null");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitArithmetic(this);
    }
}
