package io.trailscope.query.time;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Shows a timeframe value as Looker does: week as the {@code yyyy-MM-dd} of its first day, month as
 * {@code yyyy-MM}, quarter as {@code yyyy-Qn}, hour as {@code yyyy-MM-dd HH}, day_of_week as {@code Monday},
 * month_name as {@code January}. Accepts java.time values (an {@link Instant} is read in UTC, an offset or zoned
 * time on its own wall clock), numbers and booleans; a String is assumed to be formatted already (Trino's
 * {@code DATE_FORMAT}) and comes back unchanged. Timestamps are bucketed first, so an untruncated value works.
 */
public final class TimeframeFormatter {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH");
    private static final DateTimeFormatter DAYS = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MONTHS = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final DateTimeFormatter YEARS = DateTimeFormatter.ofPattern("uuuu");
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    private final TimeframeValues values;

    public TimeframeFormatter(DayOfWeek weekStart, int fiscalMonthOffset) {
        this.values = new TimeframeValues(weekStart, fiscalMonthOffset);
    }

    /** Looker's defaults: weeks start on Monday, the fiscal year is the calendar year. */
    public static TimeframeFormatter withDefaults() {
        return new TimeframeFormatter(DayOfWeek.MONDAY, 0);
    }

    /** The text Looker shows for {@code value}, a non-null result of the timeframe's dimension. */
    public String format(Timeframe timeframe, Object value) {
        requireNonNull(timeframe, "timeframe is null");
        requireNonNull(value, "value is null");
        if (value instanceof String text) {
            return text;
        }
        if (timeframe == Timeframe.YESNO && value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Number number) {
            return formatNumber(timeframe, number);
        }
        if (value instanceof LocalTime time && timeframe == Timeframe.TIME_OF_DAY) {
            return time.format(TIME_OF_DAY);
        }
        LocalDateTime time = toLocalDateTime(timeframe, value);
        return switch (timeframe.kind()) {
            case TIMESTAMP, DATE -> formatTruncated(timeframe, time);
            case NUMBER -> Integer.toString(values.part(timeframe, time));
            case STRING -> formatText(timeframe, time);
            case YESNO -> "Yes";
        };
    }

    private String formatTruncated(Timeframe timeframe, LocalDateTime time) {
        LocalDateTime start = timeframe.truncation().map(t -> values.truncate(time, t)).orElse(time);
        return switch (timeframe.truncation().map(Truncation::unit).orElse(TruncationUnit.SECOND)) {
            case MICROSECOND -> start.format(MICROS);
            case MILLISECOND -> start.format(MILLIS);
            case SECOND -> start.format(SECONDS);
            case MINUTE -> start.format(MINUTES);
            case HOUR -> start.format(HOURS);
            case DAY, WEEK -> start.format(DAYS);
            case MONTH -> start.format(MONTHS);
            case QUARTER -> start.format(YEARS) + "-Q" + values.part(Timeframe.QUARTER_OF_YEAR, start);
            case YEAR -> start.format(YEARS);
            case FISCAL_QUARTER -> values.part(Timeframe.FISCAL_YEAR, start) + "-Q"
                    + values.part(Timeframe.FISCAL_QUARTER_OF_YEAR, start);
            case FISCAL_YEAR -> Integer.toString(values.part(Timeframe.FISCAL_YEAR, start));
        };
    }

    private static String formatText(Timeframe timeframe, LocalDateTime time) {
        if (timeframe == Timeframe.DAY_OF_WEEK) {
            return time.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        if (timeframe == Timeframe.MONTH_NAME) {
            return time.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        return time.format(TIME_OF_DAY);
    }

    private static String formatNumber(Timeframe timeframe, Number number) {
        BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        if (timeframe == Timeframe.MONTH_NAME && decimal.scale() <= 0 && decimal.intValue() >= 1
                && decimal.intValue() <= 12 && decimal.precision() <= 2) {
            return Month.of(decimal.intValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
        boolean numeric = timeframe.kind() == TimeframeKind.NUMBER
                || timeframe == Timeframe.YEAR || timeframe == Timeframe.FISCAL_YEAR;
        if (!numeric) {
            throw unsupported(timeframe, number);
        }
        return decimal.toPlainString();
    }

    private static LocalDateTime toLocalDateTime(Timeframe timeframe, Object value) {
        if (value instanceof LocalDateTime time) {
            return time;
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toLocalDateTime();
        }
        if (value instanceof ZonedDateTime time) {
            return time.toLocalDateTime();
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        throw unsupported(timeframe, value);
    }

    private static TrailException unsupported(Timeframe timeframe, Object value) {
        return new TrailException(ErrorCode.INTERNAL_ERROR, "cannot show a " + value.getClass().getSimpleName()
                + " as timeframe " + timeframe.lookmlName());
    }
}
