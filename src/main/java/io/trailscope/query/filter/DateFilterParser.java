package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses Looker's date grammar into a {@link DateFilter}. Commas separate ORed terms; inside a term, words are
 * separated by whitespace and keywords are case-insensitive. The forms are listed in {@link DateTermParser}.
 */
public final class DateFilterParser {
    private DateFilterParser() {}

    /** The filter, or empty when the expression is blank (no condition). */
    public static Optional<DateFilter> parse(String expression) {
        requireNonNull(expression, "expression is null");
        FilterErrors.checkLength(FilterKind.DATE, expression);
        if (expression.isBlank()) {
            return Optional.empty();
        }
        List<DateTerm> terms = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = expression.indexOf(',', start);
            int end = comma < 0 ? expression.length() : comma;
            terms.add(DateTermParser.parse(DateWords.split(expression, start, end)));
            if (comma < 0) {
                return Optional.of(new DateFilter(terms));
            }
            start = comma + 1;
        }
    }
}
