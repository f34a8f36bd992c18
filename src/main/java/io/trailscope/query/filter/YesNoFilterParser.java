package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Parses {@code yes} or {@code no}, in any case, with surrounding whitespace ignored; nothing else. */
public final class YesNoFilterParser {
    private YesNoFilterParser() {}

    /** The filter, or empty when the expression is blank (no condition). */
    public static Optional<YesNoFilter> parse(String expression) {
        requireNonNull(expression, "expression is null");
        FilterErrors.checkLength(FilterKind.YESNO, expression);
        if (expression.isBlank()) {
            return Optional.empty();
        }
        String word = expression.strip();
        if (word.equalsIgnoreCase("yes")) {
            return Optional.of(new YesNoFilter(true));
        }
        if (word.equalsIgnoreCase("no")) {
            return Optional.of(new YesNoFilter(false));
        }
        int column = expression.indexOf(word.charAt(0)) + 1;
        throw FilterErrors.at(FilterKind.YESNO, expression, column, "expected yes or no, found '" + word + "'");
    }
}
