package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;

/** A field of a date or timestamp. The week start only matters for {@link DatePart#DAY_OF_WEEK_INDEX}. */
public record ExtractPart(Expression value, DatePart part, DayOfWeek weekStart) implements Expression {
    public ExtractPart {
        requireNonNull(value, "value is null");
        requireNonNull(part, "part is null");
        requireNonNull(weekStart, "weekStart is null");
        if (part != DatePart.DAY_OF_WEEK_INDEX) {
            weekStart = DayOfWeek.MONDAY;
        }
    }

    public static ExtractPart of(Expression value, DatePart part) {
        return new ExtractPart(value, part, DayOfWeek.MONDAY);
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitExtractPart(this);
    }
}
