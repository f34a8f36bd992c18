package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * {@code FUNCTION([DISTINCT] argument)} with an optional row filter. The filter renders as
 * {@code FILTER (WHERE ...)} where the dialect supports it, otherwise as a CASE inside the argument.
 * An absent argument is {@code COUNT(*)}.
 */
public record Aggregate(AggregateFunction function, boolean distinct, Optional<Expression> argument,
        Optional<Expression> filter) implements Expression {
    public Aggregate {
        requireNonNull(function, "function is null");
        requireNonNull(argument, "argument is null");
        requireNonNull(filter, "filter is null");
        if (argument.isEmpty() && (function != AggregateFunction.COUNT || distinct)) {
            throw SqlChecks.invalidAst(function + (distinct ? "(DISTINCT *)" : "(*)") + " is not an aggregate");
        }
    }

    public static Aggregate countAll() {
        return new Aggregate(AggregateFunction.COUNT, false, Optional.empty(), Optional.empty());
    }

    public static Aggregate of(AggregateFunction function, Expression argument) {
        return new Aggregate(function, false, Optional.of(argument), Optional.empty());
    }

    public static Aggregate distinct(AggregateFunction function, Expression argument) {
        return new Aggregate(function, true, Optional.of(argument), Optional.empty());
    }

    public Aggregate withFilter(Expression condition) {
        return new Aggregate(function, distinct, argument, Optional.of(condition));
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitAggregate(this);
    }
}
