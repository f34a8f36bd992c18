package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** {@code >5}, {@code 5 to}, {@code to 10}, {@code (5,inf)}, {@code (,10]}: {@code x OP value}. */
public record NumberComparison(ComparisonOperator operator, BigDecimal value) implements NumberCondition {
    public NumberComparison {
        requireNonNull(operator, "operator is null");
        requireNonNull(value, "value is null");
    }
}
