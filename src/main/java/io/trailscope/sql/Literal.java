package io.trailscope.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A constant written into the SQL text; each dialect decides its spelling and escaping. */
public sealed interface Literal extends Expression
        permits StringLiteral, NumberLiteral, BooleanLiteral, DateLiteral, TimestampLiteral, TimestampTzLiteral,
        NullLiteral {
    static StringLiteral of(String value) {
        return new StringLiteral(value);
    }

    static NumberLiteral of(long value) {
        return new NumberLiteral(BigDecimal.valueOf(value));
    }

    static NumberLiteral of(BigDecimal value) {
        return new NumberLiteral(value);
    }

    static BooleanLiteral of(boolean value) {
        return new BooleanLiteral(value);
    }

    static DateLiteral of(LocalDate value) {
        return new DateLiteral(value);
    }

    static TimestampLiteral of(LocalDateTime value) {
        return new TimestampLiteral(value);
    }

    static TimestampTzLiteral of(Instant value) {
        return new TimestampTzLiteral(value);
    }

    static NullLiteral nullValue() {
        return new NullLiteral();
    }
}
