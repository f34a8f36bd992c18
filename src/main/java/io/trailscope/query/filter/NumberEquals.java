package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/** {@code 5}, {@code -5}, {@code 1.5e3}: equality. The value keeps the scale it was written with. */
public record NumberEquals(BigDecimal value) implements NumberCondition {
    public NumberEquals {
        requireNonNull(value, "value is null");
    }
}
