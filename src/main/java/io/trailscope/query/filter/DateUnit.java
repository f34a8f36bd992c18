package io.trailscope.query.filter;

import java.util.Locale;
import java.util.Optional;

/** The units of the date grammar. Fiscal units follow the model's {@code fiscal_month_offset}. */
public enum DateUnit {
    SECOND("second", 0),
    MINUTE("minute", 0),
    HOUR("hour", 0),
    DAY("day", 0),
    WEEK("week", 0),
    MONTH("month", 1),
    QUARTER("quarter", 3),
    YEAR("year", 12),
    FISCAL_QUARTER("fiscal quarter", 3),
    FISCAL_YEAR("fiscal year", 12);

    private final String keyword;
    private final int months;

    DateUnit(String keyword, int months) {
        this.keyword = keyword;
        this.months = months;
    }

    /** The singular spelling in an expression; a trailing {@code s} is also accepted. */
    public String keyword() {
        return keyword;
    }

    /** How many months one unit spans, or 0 for units of fixed length (second to week). */
    int months() {
        return months;
    }

    /** Looks up {@code day}, {@code Days}, {@code fiscal quarters}...; case-insensitive. */
    public static Optional<DateUnit> fromKeyword(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (DateUnit unit : values()) {
            if (lower.equals(unit.keyword) || lower.equals(unit.keyword + "s")) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
