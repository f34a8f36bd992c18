package io.trailscope.sql;

/** Fields extracted from a date or timestamp; names are English, weeks are ISO unless stated. */
public enum DatePart {
    SECOND_OF_MINUTE,
    MINUTE_OF_HOUR,
    HOUR_OF_DAY,
    /** 1 = Monday ... 7 = Sunday. */
    ISO_DAY_OF_WEEK,
    /** 0 = the configured week start day ... 6; Looker's {@code day_of_week_index}. */
    DAY_OF_WEEK_INDEX,
    /** Monday, Tuesday, ... */
    DAY_OF_WEEK_NAME,
    DAY_OF_MONTH,
    DAY_OF_YEAR,
    /** ISO 8601 week number, 1 to 53; the first days of January can belong to week 52 or 53. */
    ISO_WEEK_OF_YEAR,
    MONTH_NUMBER,
    /** January, February, ... */
    MONTH_NAME,
    QUARTER_OF_YEAR,
    YEAR
}
