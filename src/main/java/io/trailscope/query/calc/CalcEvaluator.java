package io.trailscope.query.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.function.Function;

/**
 * Evaluates a {@link CalcExpression} on one row. Values are numbers or NULL; NULL spreads, division by zero is NULL
 * (as in Looker). A non-numeric value gives NULL. The result is a Double, or null.
 */
public final class CalcEvaluator {
    private CalcEvaluator() {}

    /** {@code lookup} gives the row's value of a field or calculation (empty for NULL). */
    public static Double evaluate(CalcExpression expression, Function<String, Optional<Object>> lookup) {
        return value(expression, lookup).map(BigDecimal::doubleValue).orElse(null);
    }

    private static Optional<BigDecimal> value(CalcExpression expression, Function<String, Optional<Object>> lookup) {
        if (expression instanceof CalcExpression.Constant constant) {
            return Optional.of(constant.value());
        }
        if (expression instanceof CalcExpression.FieldValue field) {
            return lookup.apply(field.field()).flatMap(CalcEvaluator::number);
        }
        if (expression instanceof CalcExpression.Negate negate) {
            return value(negate.operand(), lookup).map(BigDecimal::negate);
        }
        CalcExpression.Binary binary = (CalcExpression.Binary) expression;
        Optional<BigDecimal> left = value(binary.left(), lookup);
        Optional<BigDecimal> right = value(binary.right(), lookup);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        return switch (binary.operator()) {
            case '+' -> Optional.of(left.get().add(right.get()));
            case '-' -> Optional.of(left.get().subtract(right.get()));
            case '*' -> Optional.of(left.get().multiply(right.get()));
            default -> right.get().signum() == 0
                    ? Optional.empty()
                    : Optional.of(left.get().divide(right.get(), MathContext.DECIMAL64));
        };
    }

    private static Optional<BigDecimal> number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(number.toString()));
        }
        return Optional.empty();
    }
}
