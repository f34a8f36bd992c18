package io.trailscope.query.time;

/** The units a timeframe truncates to. Fiscal units follow the model's {@code fiscal_month_offset}. */
public enum TruncationUnit {
    MICROSECOND,
    MILLISECOND,
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    /** Starts on the model's {@code week_start_day}, Monday by default. */
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    FISCAL_QUARTER,
    FISCAL_YEAR
}
