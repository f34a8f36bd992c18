package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;

/**
 * The start of the {@code multiple}-unit bucket containing {@code value}: {@code minute15} is
 * {@code (MINUTE, 15)}, buckets counted from the start of the next larger unit. Weeks start on {@code weekStart};
 * for every other unit the week start is irrelevant and normalized to Monday so equal buckets compare equal.
 * The result keeps the input's type (a timestamp stays a timestamp; cast to DATE for a date).
 */
public record TruncateTime(Expression value, TimeUnit unit, int multiple, DayOfWeek weekStart) implements Expression {
    public TruncateTime {
        requireNonNull(value, "value is null");
        requireNonNull(unit, "unit is null");
        requireNonNull(weekStart, "weekStart is null");
        if (unit != TimeUnit.WEEK) {
            weekStart = DayOfWeek.MONDAY;
        }
        if (multiple != 1 && !dividesParent(unit, multiple)) {
            throw SqlChecks.invalidAst("cannot bucket " + unit + " by " + multiple);
        }
    }

    public static TruncateTime of(Expression value, TimeUnit unit) {
        return new TruncateTime(value, unit, 1, DayOfWeek.MONDAY);
    }

    public static TruncateTime week(Expression value, DayOfWeek weekStart) {
        return new TruncateTime(value, TimeUnit.WEEK, 1, weekStart);
    }

    public static TruncateTime bucket(Expression value, TimeUnit unit, int multiple) {
        return new TruncateTime(value, unit, multiple, DayOfWeek.MONDAY);
    }

    private static boolean dividesParent(TimeUnit unit, int multiple) {
        int parent = switch (unit) {
            case SECOND, MINUTE -> 60;
            case HOUR -> 24;
            case DAY, WEEK, MONTH, QUARTER, YEAR -> 0;
        };
        return multiple > 1 && parent > 0 && parent % multiple == 0;
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitTruncateTime(this);
    }
}
