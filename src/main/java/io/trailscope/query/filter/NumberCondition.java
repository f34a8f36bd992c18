package io.trailscope.query.filter;

/** What one term of a number filter tests, before its negation flag is applied. */
public sealed interface NumberCondition permits NumberEquals, NumberComparison, NumberRange, IsNull {
}
