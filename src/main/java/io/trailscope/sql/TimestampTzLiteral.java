package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** An instant (SQL TIMESTAMP WITH TIME ZONE), written in UTC, microsecond precision, years 1 to 9999. */
public record TimestampTzLiteral(Instant value) implements Literal {
    public TimestampTzLiteral {
        requireNonNull(value, "value is null");
        TemporalRange.check(value, "timestamp with time zone literal");
        TemporalRange.checkMicros(value.getNano(), "timestamp with time zone literal");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitTimestampTzLiteral(this);
    }
}
