package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code value} plus {@code amount} (an integer expression, may be negative) calendar units. */
public record DateAdd(Expression value, TimeUnit unit, Expression amount) implements Expression {
    public DateAdd {
        requireNonNull(value, "value is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(amount, "amount is null");
    }

    public static DateAdd of(Expression value, TimeUnit unit, long amount) {
        return new DateAdd(value, unit, Literal.of(amount));
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitDateAdd(this);
    }
}
