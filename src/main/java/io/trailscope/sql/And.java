package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Conjunction of one or more predicates; a single operand renders as itself. */
public record And(List<Expression> operands) implements Expression {
    public And {
        operands = List.copyOf(requireNonNull(operands, "operands is null"));
        if (operands.isEmpty()) {
            throw SqlChecks.invalidAst("AND needs at least one operand");
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitAnd(this);
    }
}
