package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** {@code function OVER (PARTITION BY ... ORDER BY ...)}; the function is a call or an aggregate. */
public record WindowFunction(Expression function, List<Expression> partitionBy, List<OrderItem> orderBy)
        implements Expression {
    public WindowFunction {
        requireNonNull(function, "function is null");
        partitionBy = List.copyOf(requireNonNull(partitionBy, "partitionBy is null"));
        orderBy = List.copyOf(requireNonNull(orderBy, "orderBy is null"));
        if (!(function instanceof FunctionCall) && !(function instanceof Aggregate)) {
            throw SqlChecks.invalidAst("window function must be a function call or an aggregate");
        }
        for (OrderItem item : orderBy) {
            if (!(item.target() instanceof OrderTarget.ByExpression)) {
                throw SqlChecks.invalidAst("window ORDER BY takes expressions, not aliases or ordinals");
            }
        }
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitWindowFunction(this);
    }
}
