package io.trailscope.query.filter;

/** Which of Looker's filter grammars applies to a field: chosen from the field's type, never from the text. */
public enum FilterKind {
    STRING,
    NUMBER,
    /** Dates, timestamps and every time-valued timeframe of a dimension group. */
    DATE,
    YESNO
}
