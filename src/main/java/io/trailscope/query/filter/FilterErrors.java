package io.trailscope.query.filter;

import static java.lang.String.format;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;

/** Builds the one error of this package: which expression, which column (from 1), what was expected. */
final class FilterErrors {
    static final String LOCATION_NAME = "filter expression";
    /** Longer expressions are refused before parsing, so no input can make a parser slow. */
    static final int MAX_LENGTH = 10_000;
    private static final int QUOTED_LIMIT = 200;

    private FilterErrors() {}

    static TrailException at(FilterKind kind, String expression, int column, String problem) {
        String message = format("Invalid %s filter expression \"%s\" at column %d: %s",
                kindLabel(kind), shorten(expression), column, problem);
        return new TrailException(ErrorCode.FILTER_EXPRESSION, new SourceLocation(LOCATION_NAME, 1, column), message);
    }

    static void checkLength(FilterKind kind, String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw at(kind, expression, MAX_LENGTH + 1, format("expected at most %d characters", MAX_LENGTH));
        }
    }

    /** Names what stands at {@code index}: a run of letters and digits (at most 20), or one other character. */
    static String describe(String expression, int index) {
        if (index >= expression.length()) {
            return "end of expression";
        }
        int end = index + 1;
        if (Character.isLetterOrDigit(expression.charAt(index))) {
            while (end < expression.length() && end - index < 20 && Character.isLetterOrDigit(expression.charAt(end))) {
                end++;
            }
        }
        return format("'%s'", expression.substring(index, end));
    }

    private static String kindLabel(FilterKind kind) {
        return switch (kind) {
            case STRING -> "string";
            case NUMBER -> "number";
            case DATE -> "date";
            case YESNO -> "yes/no";
        };
    }

    private static String shorten(String text) {
        if (text.length() <= QUOTED_LIMIT) {
            return text;
        }
        return text.substring(0, QUOTED_LIMIT) + "...";
    }
}
