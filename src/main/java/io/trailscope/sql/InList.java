package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code value [NOT] IN (candidates)}; the list must not be empty (SQL has no empty IN list). */
public record InList(Expression value, List<Expression> candidates, boolean negated) implements Expression {
    public InList {
        requireNonNull(value, "value is null");
        candidates = List.copyOf(requireNonNull(candidates, "candidates is null"));
        if (candidates.isEmpty()) {
            throw SqlChecks.invalidAst("IN list is empty");
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitInList(this);
    }
}
