package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/**
 * The aggregate {@code fraction} percentile of {@code value} (0.5 is the median). Exact and interpolated where
 * the dialect has {@code Capability.EXACT_PERCENTILE}, approximate otherwise.
 */
public record Percentile(Expression value, double fraction) implements Expression {
    public Percentile {
        requireNonNull(value, "value is null");
        if (!(fraction >= 0 && fraction <= 1)) {
            throw SqlChecks.invalidAst("percentile fraction must be within 0 and 1: " + fraction);
        }
    }

    public static Percentile median(Expression value) {
        return new Percentile(value, 0.5);
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitPercentile(this);
    }
}
