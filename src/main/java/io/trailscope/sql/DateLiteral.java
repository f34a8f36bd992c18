package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A calendar date, years 1 to 9999. */
public record DateLiteral(LocalDate value) implements Literal {
    public DateLiteral {
        requireNonNull(value, "value is null");
        TemporalRange.check(value.getYear(), "date literal");
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitDateLiteral(this);
    }
}
