package io.trailscope.sql;

/** Calendar units for truncation and date arithmetic. */
public enum TimeUnit {
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR
}
