package io.trailscope.query.time;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Java reference computations of timeframes: the bucket a timestamp falls in, and the numeric parts. The SQL
 * layer renders the same semantics per dialect; these are used to format values and to check that SQL.
 */
public record TimeframeValues(DayOfWeek weekStart, int fiscalMonthOffset) {
    public TimeframeValues {
        requireNonNull(weekStart, "weekStart is null");
    }

    /** The start of the bucket of {@code truncation} that contains {@code time}. */
    public LocalDateTime truncate(LocalDateTime time, Truncation truncation) {
        int step = truncation.step();
        LocalDate date = time.toLocalDate();
        return switch (truncation.unit()) {
            case MICROSECOND -> time.withNano(floor(time.getNano(), 1_000 * step));
            case MILLISECOND -> time.withNano(floor(time.getNano(), 1_000_000 * step));
            case SECOND -> time.truncatedTo(ChronoUnit.SECONDS).withSecond(floor(time.getSecond(), step));
            case MINUTE -> time.truncatedTo(ChronoUnit.MINUTES).withMinute(floor(time.getMinute(), step));
            case HOUR -> time.truncatedTo(ChronoUnit.HOURS).withHour(floor(time.getHour(), step));
            case DAY -> date.atStartOfDay();
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart)).atStartOfDay();
            case MONTH -> MonthBuckets.start(date, step, 0).atStartOfDay();
            case QUARTER -> MonthBuckets.start(date, 3 * step, 0).atStartOfDay();
            case YEAR -> MonthBuckets.start(date, 12 * step, 0).atStartOfDay();
            case FISCAL_QUARTER -> MonthBuckets.start(date, 3 * step, fiscalMonthOffset).atStartOfDay();
            case FISCAL_YEAR -> MonthBuckets.start(date, 12 * step, fiscalMonthOffset).atStartOfDay();
        };
    }

    /** The integer value of a NUMBER timeframe (hour_of_day, day_of_week_index (0 = week start), ...). */
    public int part(Timeframe timeframe, LocalDateTime time) {
        LocalDate date = time.toLocalDate();
        return switch (timeframe) {
            case HOUR_OF_DAY -> time.getHour();
            case DAY_OF_WEEK_INDEX -> Math.floorMod(date.getDayOfWeek().getValue() - weekStart.getValue(), 7);
            case DAY_OF_MONTH -> date.getDayOfMonth();
            case DAY_OF_YEAR -> date.getDayOfYear();
            case WEEK_OF_YEAR -> date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTH_NUM -> date.getMonthValue();
            case QUARTER_OF_YEAR -> (date.getMonthValue() - 1) / 3 + 1;
            case YEAR -> date.getYear();
            case FISCAL_YEAR -> MonthBuckets.fiscalYear(date, fiscalMonthOffset);
            case FISCAL_MONTH_NUM -> MonthBuckets.fiscalMonth(date, fiscalMonthOffset);
            case FISCAL_QUARTER_OF_YEAR -> (MonthBuckets.fiscalMonth(date, fiscalMonthOffset) - 1) / 3 + 1;
            case RAW, TIME, TIME_OF_DAY, DATE, WEEK, MONTH, QUARTER, FISCAL_QUARTER, HOUR, HOUR2, HOUR3, HOUR4,
                    HOUR6, HOUR8, HOUR12, MINUTE, MINUTE2, MINUTE3, MINUTE4, MINUTE5, MINUTE6, MINUTE10, MINUTE12,
                    MINUTE15, MINUTE20, MINUTE30, SECOND, MILLISECOND, MILLISECOND2, MILLISECOND4, MILLISECOND5,
                    MILLISECOND8, MILLISECOND10, MILLISECOND20, MILLISECOND25, MILLISECOND40, MILLISECOND50,
                    MILLISECOND100, MILLISECOND125, MILLISECOND200, MILLISECOND250, MILLISECOND500, MICROSECOND,
                    DAY_OF_WEEK, MONTH_NAME, YESNO -> throw new TrailException(
                            ErrorCode.INTERNAL_ERROR, "timeframe " + timeframe.lookmlName() + " has no integer part");
        };
    }

    private static int floor(int value, int step) {
        return value - value % step;
    }
}
