package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Datatype;
import io.trailscope.model.TimeframeSpec;
import io.trailscope.query.time.Timeframe;
import io.trailscope.query.time.TimeframeKind;
import io.trailscope.query.time.Truncation;
import io.trailscope.sql.Case;
import io.trailscope.sql.Cast;
import io.trailscope.sql.Concat;
import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.DateAdd;
import io.trailscope.sql.DatePart;
import io.trailscope.sql.Expression;
import io.trailscope.sql.ExtractPart;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.TimeUnit;
import io.trailscope.sql.TruncateTime;
import io.trailscope.sql.dialect.Capability;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a time dimension group's timeframe (lookml.md §2.4). The group's SQL is first read as its
 * {@code datatype} says, then, with {@code convert_tz} (the default), converted to the query time zone as a wall-clock
 * TIMESTAMP; every timeframe truncates or extracts from that value, and filters compare it to wall-clock bounds.
 */
final class TimeframeSql {
    private TimeframeSql() {}

    /** The value timeframes and filters work on: typed, and converted to the query zone when asked. */
    static Expression base(Expression raw, TimeframeSpec spec, PlanContext context) {
        Expression typed = switch (spec.datatype()) {
            case TIMESTAMP, DATETIME -> raw;
            case DATE -> Cast.of(raw, SqlType.DATE);
            case EPOCH -> FunctionCall.of("from_unixtime", raw);
            case YYYYMMDD -> FunctionCall.of("date_parse", Cast.of(raw, SqlType.VARCHAR), Literal.of("%Y%m%d"));
        };
        if (!spec.convertTz() || spec.datatype() == Datatype.DATE) {
            return typed;
        }
        if (!context.supports(Capability.TIME_ZONE_CONVERSION)) {
            context.note("the engine cannot convert time zones: '" + spec.group() + "' is shown in the database's");
            return typed;
        }
        return ConvertTimeZone.fromInstant(Cast.of(typed, SqlType.TIMESTAMP_WITH_TIME_ZONE), context.zone().getId());
    }

    static Expression timeframe(Expression base, Timeframe timeframe, PlanContext context) {
        DayOfWeek weekStart = context.weekStart();
        int offset = context.fiscalMonthOffset();
        return switch (timeframe) {
            case RAW -> base;
            case TIME_OF_DAY -> new Concat(List.of(twoDigits(ExtractPart.of(base, DatePart.HOUR_OF_DAY)),
                    Literal.of(":"), twoDigits(ExtractPart.of(base, DatePart.MINUTE_OF_HOUR))));
            case FISCAL_YEAR -> fiscal(base, TimeUnit.YEAR, offset);
            case FISCAL_QUARTER -> fiscal(base, TimeUnit.QUARTER, offset);
            case FISCAL_QUARTER_OF_YEAR -> ExtractPart.of(DateAdd.of(base, TimeUnit.MONTH, -offset),
                    DatePart.QUARTER_OF_YEAR);
            case FISCAL_MONTH_NUM -> ExtractPart.of(DateAdd.of(base, TimeUnit.MONTH, -offset), DatePart.MONTH_NUMBER);
            case HOUR_OF_DAY -> ExtractPart.of(base, DatePart.HOUR_OF_DAY);
            case DAY_OF_WEEK -> ExtractPart.of(base, DatePart.DAY_OF_WEEK_NAME);
            case DAY_OF_WEEK_INDEX -> new ExtractPart(base, DatePart.DAY_OF_WEEK_INDEX, weekStart);
            case DAY_OF_MONTH -> ExtractPart.of(base, DatePart.DAY_OF_MONTH);
            case DAY_OF_YEAR -> ExtractPart.of(base, DatePart.DAY_OF_YEAR);
            case WEEK_OF_YEAR -> ExtractPart.of(base, DatePart.ISO_WEEK_OF_YEAR);
            case MONTH_NUM -> ExtractPart.of(base, DatePart.MONTH_NUMBER);
            case MONTH_NAME -> ExtractPart.of(base, DatePart.MONTH_NAME);
            case QUARTER_OF_YEAR -> ExtractPart.of(base, DatePart.QUARTER_OF_YEAR);
            case YESNO -> new Case(List.of(new Case.When(Sql.isNotNull(base), Literal.of("Yes"))),
                    Optional.of(Literal.of("No")));
            case TIME, DATE, WEEK, MONTH, QUARTER, YEAR, HOUR, HOUR2, HOUR3, HOUR4, HOUR6, HOUR8, HOUR12, MINUTE,
                    MINUTE2, MINUTE3, MINUTE4, MINUTE5, MINUTE6, MINUTE10, MINUTE12, MINUTE15, MINUTE20, MINUTE30,
                    SECOND, MILLISECOND, MILLISECOND2, MILLISECOND4, MILLISECOND5, MILLISECOND8, MILLISECOND10,
                    MILLISECOND20, MILLISECOND25, MILLISECOND40, MILLISECOND50, MILLISECOND100, MILLISECOND125,
                    MILLISECOND200, MILLISECOND250, MILLISECOND500, MICROSECOND -> truncated(base, timeframe, weekStart);
        };
    }

    /** The ORDER BY key of a timeframe whose values do not sort by themselves (day and month names). */
    static Optional<Expression> sortKey(Expression base, Timeframe timeframe, PlanContext context) {
        if (timeframe == Timeframe.DAY_OF_WEEK) {
            return Optional.of(new ExtractPart(base, DatePart.DAY_OF_WEEK_INDEX, context.weekStart()));
        }
        if (timeframe == Timeframe.MONTH_NAME) {
            return Optional.of(ExtractPart.of(base, DatePart.MONTH_NUMBER));
        }
        return Optional.empty();
    }

    private static Expression truncated(Expression base, Timeframe timeframe, DayOfWeek weekStart) {
        Truncation truncation = timeframe.truncation().orElseThrow();
        TimeUnit unit = switch (truncation.unit()) {
            case SECOND -> TimeUnit.SECOND;
            case MINUTE -> TimeUnit.MINUTE;
            case HOUR -> TimeUnit.HOUR;
            case DAY -> TimeUnit.DAY;
            case WEEK -> TimeUnit.WEEK;
            case MONTH -> TimeUnit.MONTH;
            case QUARTER -> TimeUnit.QUARTER;
            case YEAR -> TimeUnit.YEAR;
            case MICROSECOND, MILLISECOND, FISCAL_QUARTER, FISCAL_YEAR -> throw new TrailException(
                    ErrorCode.SQL_UNSUPPORTED, "timeframe '" + timeframe.lookmlName() + "' is not supported");
        };
        Expression truncatedValue = new TruncateTime(base, unit, truncation.step(), weekStart);
        if (timeframe.kind() == TimeframeKind.DATE) {
            return Cast.of(truncatedValue, SqlType.DATE);
        }
        return truncatedValue;
    }

    /** A fiscal period: shift back by the offset, truncate, shift forward, as a DATE. */
    private static Expression fiscal(Expression base, TimeUnit unit, int offset) {
        Expression shifted = DateAdd.of(base, TimeUnit.MONTH, -offset);
        return Cast.of(DateAdd.of(TruncateTime.of(shifted, unit), TimeUnit.MONTH, offset), SqlType.DATE);
    }

    private static Expression twoDigits(Expression number) {
        return FunctionCall.of("lpad", Cast.of(number, SqlType.VARCHAR), Literal.of(2), Literal.of("0"));
    }
}
