package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code value IS [NOT] NULL}. */
public record IsNull(Expression value, boolean negated) implements Expression {
    public IsNull {
        requireNonNull(value, "value is null");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitIsNull(this);
    }
}
