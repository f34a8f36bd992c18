package io.trailscope.query.filter;

/** One comma-separated term of a date filter; the terms are ORed. The date grammar has no negation. */
public sealed interface DateTerm permits DateSpan, Before, After, IsNull, IsNotNull {
}
