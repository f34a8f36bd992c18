package io.trailscope.query.filter;

import io.trailscope.query.time.Timeframe;

/** Which of Looker's filter grammars applies to a field: chosen from the field's type, never from the text. */
public enum FilterKind {
    STRING,
    NUMBER,
    /** Dates, timestamps and every time-valued timeframe of a dimension group. */
    DATE,
    YESNO;

    /**
     * The grammar for a timeframe field: truncations (date, week, minute15...) take date expressions and filter
     * the underlying timestamp; parts take numbers (hour_of_day) or strings (day_of_week, month_name).
     */
    public static FilterKind forTimeframe(Timeframe timeframe) {
        return switch (timeframe.kind()) {
            case TIMESTAMP, DATE -> DATE;
            case NUMBER -> NUMBER;
            case STRING -> STRING;
            case YESNO -> YESNO;
        };
    }
}
