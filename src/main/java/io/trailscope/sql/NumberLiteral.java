package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.math.BigDecimal;

/**
 * An exact number, written in plain notation with its scale kept ({@code 1.00} stays {@code 1.00}).
 * Limited to 38 digits, the DECIMAL ceiling of DuckDB and Trino.
 */
public record NumberLiteral(BigDecimal value) implements Literal {
    public static final int MAX_DIGITS = 38;

    public NumberLiteral {
        requireNonNull(value, "value is null");
        int integerDigits = Math.max(value.precision() - value.scale(), 0);
        int fractionDigits = Math.max(value.scale(), 0);
        if (integerDigits + fractionDigits > MAX_DIGITS) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE,
                    "number literal has more than " + MAX_DIGITS + " digits: " + SqlChecks.shown(value.toPlainString()));
        }
    }

    /** A finite double, by its shortest decimal representation. */
    public static NumberLiteral ofDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new TrailException(ErrorCode.SQL_INVALID_VALUE, "number literal is not finite: " + value);
        }
        return new NumberLiteral(BigDecimal.valueOf(value));
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitNumberLiteral(this);
    }
}
