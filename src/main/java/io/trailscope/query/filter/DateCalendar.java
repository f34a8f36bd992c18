package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import io.trailscope.query.time.MonthBuckets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Wall-clock arithmetic in the query time zone: "now" as a local date-time, the first day of the week and the
 * fiscal year's offset from January. Hours are wall-clock hours, as in Looker's SQL (which compares timestamps
 * converted to the query time zone), so a day across a DST change is still 24 "hours".
 */
public record DateCalendar(LocalDateTime now, DayOfWeek weekStart, int fiscalMonthOffset) {
    public DateCalendar {
        requireNonNull(now, "now is null");
        requireNonNull(weekStart, "weekStart is null");
    }

    /** The start of the unit that contains {@code time}: cur(u) in the docs when {@code time} is now. */
    public LocalDateTime startOf(DateUnit unit, LocalDateTime time) {
        LocalDate date = time.toLocalDate();
        return switch (unit) {
            case SECOND -> time.truncatedTo(ChronoUnit.SECONDS);
            case MINUTE -> time.truncatedTo(ChronoUnit.MINUTES);
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS);
            case DAY -> date.atStartOfDay();
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart)).atStartOfDay();
            case MONTH, QUARTER, YEAR -> MonthBuckets.start(date, unit.months(), 0).atStartOfDay();
            case FISCAL_QUARTER, FISCAL_YEAR -> MonthBuckets.start(date, unit.months(), fiscalMonthOffset).atStartOfDay();
        };
    }

    /** {@code time} moved by {@code amount} units (negative moves back). */
    public LocalDateTime plus(LocalDateTime time, long amount, DateUnit unit) {
        return switch (unit) {
            case SECOND -> time.plusSeconds(amount);
            case MINUTE -> time.plusMinutes(amount);
            case HOUR -> time.plusHours(amount);
            case DAY -> time.plusDays(amount);
            case WEEK -> time.plusWeeks(amount);
            case MONTH, QUARTER, YEAR, FISCAL_QUARTER, FISCAL_YEAR ->
                    time.plusMonths(Math.multiplyExact(amount, (long) unit.months()));
        };
    }

    /** The first day of fiscal year {@code fiscalYear} (which starts in that calendar year plus the offset). */
    public LocalDateTime fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear, 1, 1).plusMonths(fiscalMonthOffset).atStartOfDay();
    }
}
