package io.trailscope.query.calc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A table calculation expression: numbers, {@code ${field}} references, {@code + - * /}, unary minus and
 * parentheses — the subset of Looker's expression language that dashboards like the CloudTrail block use.
 */
public sealed interface CalcExpression permits CalcExpression.Constant, CalcExpression.FieldValue,
        CalcExpression.Negate, CalcExpression.Binary {

    /** A number as written. */
    record Constant(BigDecimal value) implements CalcExpression {
        public Constant {
            Objects.requireNonNull(value, "value is null");
        }
    }

    /** {@code ${view.field}} or {@code ${calculation}}: the value of that column in the same row. */
    record FieldValue(String field) implements CalcExpression {
        public FieldValue {
            Objects.requireNonNull(field, "field is null");
        }
    }

    /** {@code -x}. */
    record Negate(CalcExpression operand) implements CalcExpression {
        public Negate {
            Objects.requireNonNull(operand, "operand is null");
        }
    }

    /** {@code left op right} with op one of {@code + - * /}. */
    record Binary(char operator, CalcExpression left, CalcExpression right) implements CalcExpression {
        public Binary {
            Objects.requireNonNull(left, "left is null");
            Objects.requireNonNull(right, "right is null");
            if ("+-*/".indexOf(operator) < 0) {
                throw new IllegalArgumentException("unknown operator " + operator);
            }
        }
    }
}
