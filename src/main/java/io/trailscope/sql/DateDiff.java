package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/**
 * The number of complete {@code unit}s from {@code start} to {@code end} (Looker duration dimensions):
 * 23:00 to 01:00 the next day is 0 days, not 1.
 */
public record DateDiff(TimeUnit unit, Expression start, Expression end) implements Expression {
    public DateDiff {
        requireNonNull(unit, "unit is null");
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitDateDiff(this);
    }
}
