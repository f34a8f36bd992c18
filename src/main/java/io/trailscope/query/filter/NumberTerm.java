package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/**
 * One term of a number filter. A negated term ({@code NOT 5}, {@code <>5}, {@code !=5}) also matches NULL,
 * as negated string terms do, except {@code NOT NULL}.
 */
public record NumberTerm(NumberCondition condition, boolean negated) {
    public NumberTerm {
        requireNonNull(condition, "condition is null");
    }

    public static NumberTerm is(NumberCondition condition) {
        return new NumberTerm(condition, false);
    }

    public static NumberTerm not(NumberCondition condition) {
        return new NumberTerm(condition, true);
    }

    NumberTerm negate() {
        return new NumberTerm(condition, true);
    }
}
