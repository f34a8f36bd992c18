package io.trailscope.query.filter;

import java.util.List;

/**
 * A string filter: {@code (any positive term) AND (every negated term)}, as Looker and its docs
 * ({@code FOO%,-FOOD} = starts with FOO but is not FOOD). With no positive term only the negations count.
 */
public record StringFilter(List<StringTerm> terms) implements FilterExpression {
    public StringFilter {
        terms = List.copyOf(terms);
    }

    @Override
    public FilterKind kind() {
        return FilterKind.STRING;
    }

    /** The positive terms' conditions, to be ORed. */
    public List<StringCondition> included() {
        return terms.stream().filter(t -> !t.negated()).map(StringTerm::condition).toList();
    }

    /** The negated terms' conditions, each to be negated, then ANDed. */
    public List<StringCondition> excluded() {
        return terms.stream().filter(StringTerm::negated).map(StringTerm::condition).toList();
    }
}
