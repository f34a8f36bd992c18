package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A searched {@code CASE WHEN condition THEN result ... [ELSE otherwise] END}. */
public record Case(List<When> whens, Optional<Expression> otherwise) implements Expression {
    public Case {
        whens = List.copyOf(requireNonNull(whens, "whens is null"));
        requireNonNull(otherwise, "otherwise is null");
        if (whens.isEmpty()) {
            throw SqlChecks.invalidAst("CASE needs at least one WHEN");
        }
    }

    /** {@code CASE WHEN condition THEN result END}: the result where the condition holds, else NULL. */
    public static Case when(Expression condition, Expression result) {
        return new Case(List.of(new When(condition, result)), Optional.empty());
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitCase(this);
    }

    /** One {@code WHEN condition THEN result} arm. */
    public record When(Expression condition, Expression result) {
        public When {
            requireNonNull(condition, "condition is null");
            requireNonNull(result, "result is null");
        }
    }
}
