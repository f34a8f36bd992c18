package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** A wall-clock timestamp without zone (SQL TIMESTAMP), microsecond precision, years 1 to 9999. */
public record TimestampLiteral(LocalDateTime value) implements Literal {
    public TimestampLiteral {
        requireNonNull(value, "value is null");
        TemporalRange.check(value.getYear(), "timestamp literal");
        TemporalRange.checkMicros(value.getNano(), "timestamp literal");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitTimestampLiteral(this);
    }
}
