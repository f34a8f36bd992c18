package io.trailscope.sql.dialect;

/**
 * What a dialect can express. The query compiler branches on these, never on a dialect's name; the renderer
 * falls back where it can (filter clause, ILIKE, bind parameters) and fails with {@code SQL_UNSUPPORTED} where
 * it cannot.
 */
public enum Capability {
    /** {@code QUALIFY} filters on window functions; without it, wrap the query in a subquery. */
    QUALIFY,
    /** {@code AGG(x) FILTER (WHERE c)}; without it the renderer writes {@code AGG(CASE WHEN c THEN x END)}. */
    AGGREGATE_FILTER_CLAUSE,
    /** {@code ILIKE}; without it the renderer writes {@code lower(x) LIKE lower(p)}. */
    ILIKE,
    /** Values can travel as {@code ?} parameters; without it they are inlined as escaped literals. */
    BIND_PARAMETERS,
    /** {@code ConvertTimeZone} can be rendered. */
    TIME_ZONE_CONVERSION,
    /** {@code Percentile} can be rendered (median, percentile measures). */
    PERCENTILE,
    /** {@code Percentile} is exact and interpolated rather than approximate. */
    EXACT_PERCENTILE,
    /** The hash-based symmetric aggregates can be rendered exactly; without it, pre-aggregate in a subquery. */
    SYMMETRIC_AGGREGATES,
    /** {@code FULL OUTER JOIN}. */
    FULL_OUTER_JOIN,
    /** Explicit {@code NULLS FIRST} / {@code NULLS LAST} in ORDER BY. */
    NULLS_ORDERING,
    /** {@code WITH name AS (...)}. */
    COMMON_TABLE_EXPRESSIONS,
    /** {@code OVER (...)} window functions (Looker pivots rank with them). */
    WINDOW_FUNCTIONS
}
