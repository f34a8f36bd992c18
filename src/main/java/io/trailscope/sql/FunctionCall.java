package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;

/** A scalar function call written as given: {@code name(arg, ...)}. The name must be a plain word. */
public record FunctionCall(String name, List<Expression> arguments) implements Expression {
    public FunctionCall {
        SqlChecks.functionName(name);
        arguments = List.copyOf(requireNonNull(arguments, "arguments is null"));
    }

    public static FunctionCall of(String name, Expression... arguments) {
        return new FunctionCall(name, Arrays.asList(arguments));
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitFunctionCall(this);
    }
}
