package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * {@code value} within bounds. Filters on timeframes use the half-open form {@code [lower, upper)} so the engine
 * compares the raw column; a range closed on both ends renders as BETWEEN.
 */
public record Range(Expression value, Optional<Bound> lower, Optional<Bound> upper) implements Expression {
    public Range {
        requireNonNull(value, "value is null");
        requireNonNull(lower, "lower is null");
        requireNonNull(upper, "upper is null");
        if (lower.isEmpty() && upper.isEmpty()) {
            throw SqlChecks.invalidAst("range has no bound");
        }
    }

    /** {@code lower <= value < upper}. */
    public static Range halfOpen(Expression value, Expression lower, Expression upper) {
        return new Range(value, Optional.of(new Bound(lower, true)), Optional.of(new Bound(upper, false)));
    }

    /** {@code lower <= value <= upper}. */
    public static Range closed(Expression value, Expression lower, Expression upper) {
        return new Range(value, Optional.of(new Bound(lower, true)), Optional.of(new Bound(upper, true)));
    }

    public boolean isClosed() {
        return lower.isPresent() && upper.isPresent() && lower.get().inclusive() && upper.get().inclusive();
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitRange(this);
    }

    /** One end of a range. */
    public record Bound(Expression value, boolean inclusive) {
        public Bound {
            requireNonNull(value, "value is null");
        }
    }
}
