package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/**
 * The aggregate list of {@code value}s as one VARCHAR (Looker {@code type: list}): values cast to VARCHAR,
 * sorted ascending, NULLs skipped, joined by {@code separator}; NULL when there is no value.
 */
public record ListAggregate(Expression value, String separator, boolean distinct) implements Expression {
    public ListAggregate {
        requireNonNull(value, "value is null");
        SqlChecks.text(separator, "list separator");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitListAggregate(this);
    }
}
