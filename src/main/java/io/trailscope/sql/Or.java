package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Disjunction of one or more predicates; a single operand renders as itself. */
public record Or(List<Expression> operands) implements Expression {
    public Or {
        operands = List.copyOf(requireNonNull(operands, "operands is null"));
        if (operands.isEmpty()) {
            throw SqlChecks.invalidAst("OR needs at least one operand");
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitOr(this);
    }
}
