package io.trailscope.query.filter;

/** {@code NOT NULL} in the date grammar. */
public record IsNotNull() implements DateTerm {
}
