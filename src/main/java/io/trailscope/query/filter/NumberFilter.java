package io.trailscope.query.filter;

import java.util.List;

/**
 * A number filter: {@code (any positive term) AND (every negated term)}, like strings. Terms are separated by
 * {@code ,} or {@code OR}. Looker's rule "a NOT on the first term only negates every term" ({@code NOT 66, 99, 4}
 * = none of them) is already applied by the parser, so the flags here are final.
 */
public record NumberFilter(List<NumberTerm> terms) implements FilterExpression {
    public NumberFilter {
        terms = List.copyOf(terms);
    }

    @Override
    public FilterKind kind() {
        return FilterKind.NUMBER;
    }

    /** The positive terms' conditions, to be ORed. */
    public List<NumberCondition> included() {
        return terms.stream().filter(t -> !t.negated()).map(NumberTerm::condition).toList();
    }

    /** The negated terms' conditions, each to be negated, then ANDed. */
    public List<NumberCondition> excluded() {
        return terms.stream().filter(NumberTerm::negated).map(NumberTerm::condition).toList();
    }
}
