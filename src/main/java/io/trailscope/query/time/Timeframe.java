package io.trailscope.query.time;

import static io.trailscope.query.time.TimeframeKind.NUMBER;
import static io.trailscope.query.time.TimeframeKind.STRING;
import static io.trailscope.query.time.TimeframeKind.TIMESTAMP;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every timeframe of a {@code dimension_group} of {@code type: time} (lookml.md §2.4). Pure data: the SQL layer
 * renders it, {@link TimeframeFormatter} shows its values as Looker does.
 */
public enum Timeframe {
    RAW(TIMESTAMP, null, 0),
    TIME(TIMESTAMP, TruncationUnit.SECOND, 1),
    TIME_OF_DAY(STRING, null, 0),
    DATE(TimeframeKind.DATE, TruncationUnit.DAY, 1),
    WEEK(TimeframeKind.DATE, TruncationUnit.WEEK, 1),
    MONTH(TimeframeKind.DATE, TruncationUnit.MONTH, 1),
    QUARTER(TimeframeKind.DATE, TruncationUnit.QUARTER, 1),
    YEAR(TimeframeKind.DATE, TruncationUnit.YEAR, 1),
    FISCAL_YEAR(TimeframeKind.DATE, TruncationUnit.FISCAL_YEAR, 1),
    FISCAL_QUARTER(TimeframeKind.DATE, TruncationUnit.FISCAL_QUARTER, 1),
    FISCAL_QUARTER_OF_YEAR(NUMBER, null, 0),
    FISCAL_MONTH_NUM(NUMBER, null, 0),
    HOUR(TIMESTAMP, TruncationUnit.HOUR, 1),
    HOUR2(TIMESTAMP, TruncationUnit.HOUR, 2),
    HOUR3(TIMESTAMP, TruncationUnit.HOUR, 3),
    HOUR4(TIMESTAMP, TruncationUnit.HOUR, 4),
    HOUR6(TIMESTAMP, TruncationUnit.HOUR, 6),
    HOUR8(TIMESTAMP, TruncationUnit.HOUR, 8),
    HOUR12(TIMESTAMP, TruncationUnit.HOUR, 12),
    HOUR_OF_DAY(NUMBER, null, 0),
    MINUTE(TIMESTAMP, TruncationUnit.MINUTE, 1),
    MINUTE2(TIMESTAMP, TruncationUnit.MINUTE, 2),
    MINUTE3(TIMESTAMP, TruncationUnit.MINUTE, 3),
    MINUTE4(TIMESTAMP, TruncationUnit.MINUTE, 4),
    MINUTE5(TIMESTAMP, TruncationUnit.MINUTE, 5),
    MINUTE6(TIMESTAMP, TruncationUnit.MINUTE, 6),
    MINUTE10(TIMESTAMP, TruncationUnit.MINUTE, 10),
    MINUTE12(TIMESTAMP, TruncationUnit.MINUTE, 12),
    MINUTE15(TIMESTAMP, TruncationUnit.MINUTE, 15),
    MINUTE20(TIMESTAMP, TruncationUnit.MINUTE, 20),
    MINUTE30(TIMESTAMP, TruncationUnit.MINUTE, 30),
    SECOND(TIMESTAMP, TruncationUnit.SECOND, 1),
    MILLISECOND(TIMESTAMP, TruncationUnit.MILLISECOND, 1),
    MILLISECOND2(TIMESTAMP, TruncationUnit.MILLISECOND, 2),
    MILLISECOND4(TIMESTAMP, TruncationUnit.MILLISECOND, 4),
    MILLISECOND5(TIMESTAMP, TruncationUnit.MILLISECOND, 5),
    MILLISECOND8(TIMESTAMP, TruncationUnit.MILLISECOND, 8),
    MILLISECOND10(TIMESTAMP, TruncationUnit.MILLISECOND, 10),
    MILLISECOND20(TIMESTAMP, TruncationUnit.MILLISECOND, 20),
    MILLISECOND25(TIMESTAMP, TruncationUnit.MILLISECOND, 25),
    MILLISECOND40(TIMESTAMP, TruncationUnit.MILLISECOND, 40),
    MILLISECOND50(TIMESTAMP, TruncationUnit.MILLISECOND, 50),
    MILLISECOND100(TIMESTAMP, TruncationUnit.MILLISECOND, 100),
    MILLISECOND125(TIMESTAMP, TruncationUnit.MILLISECOND, 125),
    MILLISECOND200(TIMESTAMP, TruncationUnit.MILLISECOND, 200),
    MILLISECOND250(TIMESTAMP, TruncationUnit.MILLISECOND, 250),
    MILLISECOND500(TIMESTAMP, TruncationUnit.MILLISECOND, 500),
    MICROSECOND(TIMESTAMP, TruncationUnit.MICROSECOND, 1),
    DAY_OF_WEEK(STRING, null, 0),
    DAY_OF_WEEK_INDEX(NUMBER, null, 0),
    DAY_OF_MONTH(NUMBER, null, 0),
    DAY_OF_YEAR(NUMBER, null, 0),
    WEEK_OF_YEAR(NUMBER, null, 0),
    MONTH_NUM(NUMBER, null, 0),
    MONTH_NAME(STRING, null, 0),
    QUARTER_OF_YEAR(NUMBER, null, 0),
    YESNO(TimeframeKind.YESNO, null, 0);

    private static final Map<String, Timeframe> BY_NAME = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(Timeframe::lookmlName, Function.identity()));

    private final TimeframeKind kind;
    private final TruncationUnit truncationUnit;
    private final int step;

    Timeframe(TimeframeKind kind, TruncationUnit truncationUnit, int step) {
        this.kind = kind;
        this.truncationUnit = truncationUnit;
        this.step = step;
    }

    /** The name in LookML and in field names: {@code minute15}, {@code day_of_week}. */
    public String lookmlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public TimeframeKind kind() {
        return kind;
    }

    /** For truncating timeframes, the unit and step; empty for raw, parts (hour_of_day...) and yesno. */
    public Optional<Truncation> truncation() {
        if (truncationUnit == null) {
            return Optional.empty();
        }
        return Optional.of(new Truncation(truncationUnit, step));
    }

    /** Whether the timeframe needs a time of day, so it is meaningless on a {@code datatype: date} group. */
    public boolean needsTimeOfDay() {
        if (this == TIME_OF_DAY || this == HOUR_OF_DAY) {
            return true;
        }
        return truncationUnit != null && truncationUnit.compareTo(TruncationUnit.HOUR) <= 0;
    }

    /** Looks up a LookML name such as {@code minute15} (case-insensitive); empty when there is no such timeframe. */
    public static Optional<Timeframe> fromName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }
}
