package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link DateFilter} into half-open intervals for a given "now". The zone of {@code now} is the query
 * time zone: relative forms are computed on its wall clock, and the bounds are wall-clock times in it.
 */
public final class DateFilterResolver {
    private final DayOfWeek weekStart;
    private final int fiscalMonthOffset;

    /**
     * @param weekStart the model's {@code week_start_day} (Looker's default is Monday)
     * @param fiscalMonthOffset the model's {@code fiscal_month_offset}, -11 to 11: fiscal year Y starts on the
     *     first of January of Y plus this many months
     */
    public DateFilterResolver(DayOfWeek weekStart, int fiscalMonthOffset) {
        this.weekStart = requireNonNull(weekStart, "weekStart is null");
        if (fiscalMonthOffset < -11 || fiscalMonthOffset > 11) {
            throw new TrailException(ErrorCode.MODEL_INVALID,
                    "fiscal_month_offset must be between -11 and 11, not " + fiscalMonthOffset);
        }
        this.fiscalMonthOffset = fiscalMonthOffset;
    }

    /** Looker's defaults: weeks start on Monday, the fiscal year is the calendar year. */
    public static DateFilterResolver withDefaults() {
        return new DateFilterResolver(DayOfWeek.MONDAY, 0);
    }

    public ResolvedDateFilter resolve(DateFilter filter, ZonedDateTime now) {
        requireNonNull(filter, "filter is null");
        DateCalendar calendar = new DateCalendar(now.toLocalDateTime(), weekStart, fiscalMonthOffset);
        List<DateInterval> intervals = new ArrayList<>();
        boolean includesNull = false;
        for (DateTerm term : filter.terms()) {
            if (term instanceof IsNull) {
                includesNull = true;
            } else {
                intervals.add(interval(term, calendar));
            }
        }
        return new ResolvedDateFilter(intervals, includesNull, now.getZone());
    }

    private static DateInterval interval(DateTerm term, DateCalendar calendar) {
        try {
            if (term instanceof DateSpan span) {
                return DateInterval.between(span.start().resolve(calendar), span.end().resolve(calendar));
            }
            if (term instanceof Before before) {
                return DateInterval.before(before.point().resolve(calendar));
            }
            if (term instanceof After after) {
                return DateInterval.atOrAfter(after.point().resolve(calendar));
            }
            if (term instanceof IsNotNull) {
                return DateInterval.unbounded();
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw new TrailException(ErrorCode.FILTER_EXPRESSION, "date filter term " + term
                    + " lies outside the supported range of dates", e);
        }
        throw new TrailException(ErrorCode.INTERNAL_ERROR, "unhandled date filter term " + term);
    }
}
