package io.trailscope.query.filter;

import java.util.List;

/** A date filter: the terms are ORed. Resolve it with {@link DateFilterResolver} for a given "now". */
public record DateFilter(List<DateTerm> terms) implements FilterExpression {
    public DateFilter {
        terms = List.copyOf(terms);
    }

    @Override
    public FilterKind kind() {
        return FilterKind.DATE;
    }
}
