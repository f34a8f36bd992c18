package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Looker's number grammar: {@code 5}, {@code 1,3,5}, {@code NOT 5}, {@code <>5}, {@code !=5}, {@code >5},
 * {@code >=5 AND <10}, {@code 5 to 10}, {@code 5 to}, {@code to 10}, {@code [5,10)}, {@code (5,inf)},
 * {@code (-inf,10]}, {@code (5,)}, {@code NULL}, {@code NOT NULL}; terms joined by {@code ,} or {@code OR}.
 * Keywords are case-insensitive.
 */
public final class NumberFilterParser {
    private static final String FOUND_NOTHING = "a number, a comparison, a range or NULL";

    private final ExpressionCursor cursor;

    private NumberFilterParser(String expression) {
        this.cursor = new ExpressionCursor(FilterKind.NUMBER, expression);
    }

    /** The filter, or empty when the expression is blank (no condition). */
    public static Optional<NumberFilter> parse(String expression) {
        requireNonNull(expression, "expression is null");
        FilterErrors.checkLength(FilterKind.NUMBER, expression);
        if (expression.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new NumberFilterParser(expression).parseTerms());
    }

    private NumberFilter parseTerms() {
        List<NumberTerm> terms = new ArrayList<>();
        while (true) {
            cursor.skipWhitespace();
            terms.add(parseTerm());
            cursor.skipWhitespace();
            if (cursor.atEnd()) {
                return new NumberFilter(distributeLeadingNot(terms));
            }
            if (!cursor.symbol(",") && !cursor.keyword("OR")) {
                throw cursor.expected("',', OR or end of expression");
            }
        }
    }

    /** Looker: "if the first condition contains a NOT, and no other does, all conditions are negated". */
    private static List<NumberTerm> distributeLeadingNot(List<NumberTerm> terms) {
        boolean onlyFirstNegated = terms.get(0).negated()
                && terms.stream().skip(1).noneMatch(NumberTerm::negated);
        if (terms.size() == 1 || !onlyFirstNegated) {
            return terms;
        }
        return terms.stream().map(NumberTerm::negate).toList();
    }

    private NumberTerm parseTerm() {
        boolean negated = cursor.keyword("NOT") || cursor.symbol("!=") || cursor.symbol("<>");
        if (negated) {
            cursor.skipWhitespace();
        }
        return new NumberTerm(parseCondition(), negated);
    }

    private NumberCondition parseCondition() {
        if (cursor.keyword("NULL")) {
            return new IsNull();
        }
        if (cursor.peek('(') || cursor.peek('[')) {
            return NumberIntervals.parse(cursor);
        }
        Optional<ComparisonOperator> operator = operator();
        if (operator.isPresent()) {
            return comparisonOrRange(operator.get());
        }
        if (cursor.keyword("TO")) {
            cursor.skipWhitespace();
            return new NumberComparison(ComparisonOperator.LESS_OR_EQUAL, cursor.requireNumber());
        }
        Optional<BigDecimal> number = cursor.number();
        if (number.isPresent()) {
            return equalsOrTo(number.get());
        }
        throw cursor.expected(FOUND_NOTHING);
    }

    private NumberCondition equalsOrTo(BigDecimal low) {
        int afterNumber = cursor.position();
        cursor.skipWhitespace();
        if (!cursor.keyword("TO")) {
            cursor.reset(afterNumber);
            return new NumberEquals(low);
        }
        cursor.skipWhitespace();
        return cursor.number()
                .<NumberCondition>map(high -> NumberRange.closed(low, high))
                .orElseGet(() -> new NumberComparison(ComparisonOperator.GREATER_OR_EQUAL, low));
    }

    private NumberCondition comparisonOrRange(ComparisonOperator first) {
        cursor.skipWhitespace();
        BigDecimal firstValue = cursor.requireNumber();
        int afterFirst = cursor.position();
        cursor.skipWhitespace();
        if (!cursor.keyword("AND")) {
            cursor.reset(afterFirst);
            return new NumberComparison(first, firstValue);
        }
        cursor.skipWhitespace();
        int secondStart = cursor.position();
        ComparisonOperator second = operator().orElseThrow(() -> cursor.expected("a comparison such as <10"));
        if (second.isLowerBound() == first.isLowerBound()) {
            throw cursor.errorAt(secondStart, "expected a comparison in the other direction than "
                    + first.symbol() + " to make a range");
        }
        cursor.skipWhitespace();
        BigDecimal secondValue = cursor.requireNumber();
        if (first.isLowerBound()) {
            return new NumberRange(firstValue, first.isInclusive(), secondValue, second.isInclusive());
        }
        return new NumberRange(secondValue, second.isInclusive(), firstValue, first.isInclusive());
    }

    private Optional<ComparisonOperator> operator() {
        if (cursor.symbol(">=")) {
            return Optional.of(ComparisonOperator.GREATER_OR_EQUAL);
        }
        if (cursor.symbol(">")) {
            return Optional.of(ComparisonOperator.GREATER_THAN);
        }
        if (cursor.symbol("<=")) {
            return Optional.of(ComparisonOperator.LESS_OR_EQUAL);
        }
        if (cursor.symbol("<")) {
            return Optional.of(ComparisonOperator.LESS_THAN);
        }
        return Optional.empty();
    }
}
