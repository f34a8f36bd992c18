package io.trailscope.query.filter;

/** What one term of a string filter tests, before its negation flag is applied. */
public sealed interface StringCondition permits StringEquals, StringLike, IsNull, IsEmpty {
}
