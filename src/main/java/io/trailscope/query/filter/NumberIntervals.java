package io.trailscope.query.filter;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Interval notation: {@code [5,10)}, {@code (5,inf)}, {@code (-inf,10]}, {@code (5,)}, {@code (,10]}. An infinite
 * or missing bound is always open, whatever bracket is written next to it.
 */
final class NumberIntervals {
    private NumberIntervals() {}

    static NumberCondition parse(ExpressionCursor cursor) {
        int start = cursor.position();
        boolean lowInclusive = cursor.symbol("[");
        if (!lowInclusive) {
            cursor.symbol("(");
        }
        cursor.skipWhitespace();
        Optional<BigDecimal> low = bound(cursor, "-INF", ',');
        cursor.skipWhitespace();
        if (!cursor.symbol(",")) {
            throw cursor.expected("','");
        }
        cursor.skipWhitespace();
        Optional<BigDecimal> high = bound(cursor, "INF", ')');
        cursor.skipWhitespace();
        boolean highInclusive = cursor.symbol("]");
        if (!highInclusive && !cursor.symbol(")")) {
            throw cursor.expected("')' or ']'");
        }
        if (low.isPresent() && high.isPresent()) {
            return new NumberRange(low.get(), lowInclusive, high.get(), highInclusive);
        }
        if (low.isPresent()) {
            return new NumberComparison(lowInclusive
                    ? ComparisonOperator.GREATER_OR_EQUAL : ComparisonOperator.GREATER_THAN, low.get());
        }
        if (high.isPresent()) {
            return new NumberComparison(highInclusive
                    ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS_THAN, high.get());
        }
        throw cursor.errorAt(start, "expected at least one finite bound in the interval");
    }

    private static Optional<BigDecimal> bound(ExpressionCursor cursor, String infinity, char next) {
        if (cursor.keyword(infinity) || cursor.peek(next) || (next == ')' && cursor.peek(']'))) {
            return Optional.empty();
        }
        return Optional.of(cursor.requireNumber());
    }
}
