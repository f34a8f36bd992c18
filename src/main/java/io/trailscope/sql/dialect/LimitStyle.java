package io.trailscope.sql.dialect;

/** The order of the row-limiting clauses; Trino's grammar only accepts OFFSET before LIMIT. */
public enum LimitStyle {
    LIMIT_THEN_OFFSET,
    OFFSET_THEN_LIMIT
}
