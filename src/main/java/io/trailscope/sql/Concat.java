package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** String concatenation {@code a || b || ...}: NULL if any operand is NULL, in every dialect. */
public record Concat(List<Expression> operands) implements Expression {
    public Concat {
        operands = List.copyOf(requireNonNull(operands, "operands is null"));
        if (operands.size() < 2) {
            throw SqlChecks.invalidAst("concatenation needs at least two operands");
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitConcat(this);
    }
}
