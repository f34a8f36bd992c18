package io.trailscope.query.time;

/** The kind of value a timeframe dimension produces. */
public enum TimeframeKind {
    /** A timestamp, possibly truncated (raw, time, hour, minute15...). */
    TIMESTAMP,
    /** A date-valued truncation (date, week, month, quarter, year, fiscal_year, fiscal_quarter). */
    DATE,
    /** An integer part (hour_of_day, day_of_month, month_num...). */
    NUMBER,
    /** A text part (time_of_day, day_of_week, month_name). */
    STRING,
    /** Whether the timestamp is present (the {@code yesno} timeframe). */
    YESNO
}
