package io.trailscope.sql;

/** ORDER BY direction. */
public enum SortDirection {
    ASC,
    DESC
}
