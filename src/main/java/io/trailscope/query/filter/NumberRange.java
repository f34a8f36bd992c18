package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * A bounded range: {@code [5,10)}, {@code 5 to 10} (both inclusive), {@code >=5 AND <10}. A range whose low
 * bound is above its high bound is kept as written and matches nothing.
 */
public record NumberRange(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive)
        implements NumberCondition {
    public NumberRange {
        requireNonNull(low, "low is null");
        requireNonNull(high, "high is null");
    }

    public static NumberRange closed(BigDecimal low, BigDecimal high) {
        return new NumberRange(low, true, high, true);
    }
}
