package io.trailscope.query.filter;

/** A parsed Looker filter expression; one record per grammar. Parse with {@link FilterExpressions#parse}. */
public sealed interface FilterExpression permits StringFilter, NumberFilter, DateFilter, YesNoFilter {
    FilterKind kind();
}
