package io.trailscope.query.filter;

import java.util.Optional;

/** Entry point: parses an expression with the grammar of a field kind. */
public final class FilterExpressions {
    private FilterExpressions() {}

    /**
     * Parses {@code expression}. An empty or blank expression means "no condition" and gives an empty Optional.
     *
     * @throws io.trailscope.error.TrailException with {@code FILTER_EXPRESSION} when the text is not valid
     */
    public static Optional<FilterExpression> parse(String expression, FilterKind kind) {
        return switch (kind) {
            case STRING -> StringFilterParser.parse(expression).map(FilterExpression.class::cast);
            case NUMBER -> NumberFilterParser.parse(expression).map(FilterExpression.class::cast);
            case DATE -> DateFilterParser.parse(expression).map(FilterExpression.class::cast);
            case YESNO -> YesNoFilterParser.parse(expression).map(FilterExpression.class::cast);
        };
    }
}
