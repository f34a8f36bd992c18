package io.trailscope.sql;

/** The standard aggregates every dialect spells the same way. */
public enum AggregateFunction {
    COUNT,
    SUM,
    AVG,
    MIN,
    MAX
}
