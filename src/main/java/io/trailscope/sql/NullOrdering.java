package io.trailscope.sql;

/** Explicit {@code NULLS FIRST} / {@code NULLS LAST}. */
public enum NullOrdering {
    FIRST,
    LAST
}
