package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code NOT (operand)}. */
public record Not(Expression operand) implements Expression {
    public Not {
        requireNonNull(operand, "operand is null");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitNot(this);
    }
}
