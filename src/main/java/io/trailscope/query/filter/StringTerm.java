package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

/**
 * One comma-separated term. A negated term ({@code -FOO}) also matches NULL values, as Looker does
 * ({@code x <> 'FOO' OR x IS NULL}), except {@code -NULL} (IS NOT NULL) and {@code -EMPTY}
 * (IS NOT NULL AND {@code <> ''}).
 */
public record StringTerm(StringCondition condition, boolean negated) {
    public StringTerm {
        requireNonNull(condition, "condition is null");
    }

    public static StringTerm is(StringCondition condition) {
        return new StringTerm(condition, false);
    }

    public static StringTerm not(StringCondition condition) {
        return new StringTerm(condition, true);
    }
}
