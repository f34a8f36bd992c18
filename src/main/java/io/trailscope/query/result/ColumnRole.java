package io.trailscope.query.result;

/** What a column of a result is. */
public enum ColumnRole {
    DIMENSION,
    MEASURE,
    /** A table calculation, computed after the query. */
    CALCULATION,
    /** A hidden column the SQL sorts by (day names in week order); dropped from results. */
    SORT_KEY
}
