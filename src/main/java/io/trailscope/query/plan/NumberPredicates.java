package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.query.filter.IsNull;
import io.trailscope.query.filter.NumberComparison;
import io.trailscope.query.filter.NumberCondition;
import io.trailscope.query.filter.NumberEquals;
import io.trailscope.query.filter.NumberFilter;
import io.trailscope.query.filter.NumberRange;
import io.trailscope.sql.Comparison;
import io.trailscope.sql.ComparisonOperator;
import io.trailscope.sql.Expression;
import io.trailscope.sql.InList;
import io.trailscope.sql.Not;
import io.trailscope.sql.Or;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Range;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SqlType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Number filters, with the same AND/OR and NULL rules as strings; numbers travel as DECIMAL parameters. */
final class NumberPredicates {
    private NumberPredicates() {}

    static Expression of(NumberFilter filter, Expression target) {
        List<Expression> conditions = new ArrayList<>();
        if (!filter.included().isEmpty()) {
            List<Expression> positives = new ArrayList<>();
            List<Expression> equals = new ArrayList<>();
            for (NumberCondition condition : filter.included()) {
                if (condition instanceof NumberEquals equal) {
                    equals.add(number(equal.value()));
                } else {
                    positives.add(condition(condition, target));
                }
            }
            if (equals.size() == 1) {
                positives.add(0, Sql.eq(target, equals.get(0)));
            } else if (equals.size() > 1) {
                positives.add(0, new InList(target, equals, false));
            }
            conditions.add(Predicates.anyOf(positives));
        }
        for (NumberCondition condition : filter.excluded()) {
            if (condition instanceof IsNull) {
                conditions.add(Sql.isNotNull(target));
            } else {
                conditions.add(new Or(List.of(new Not(condition(condition, target)), Sql.isNull(target))));
            }
        }
        return Predicates.allOf(conditions);
    }

    private static Expression condition(NumberCondition condition, Expression target) {
        if (condition instanceof NumberEquals equal) {
            return Sql.eq(target, number(equal.value()));
        }
        if (condition instanceof NumberComparison comparison) {
            ComparisonOperator operator = switch (comparison.operator()) {
                case GREATER_THAN -> ComparisonOperator.GREATER_THAN;
                case GREATER_OR_EQUAL -> ComparisonOperator.GREATER_THAN_OR_EQUAL;
                case LESS_THAN -> ComparisonOperator.LESS_THAN;
                case LESS_OR_EQUAL -> ComparisonOperator.LESS_THAN_OR_EQUAL;
            };
            return new Comparison(operator, target, number(comparison.value()));
        }
        if (condition instanceof NumberRange range) {
            return new Range(target, Optional.of(new Range.Bound(number(range.low()), range.lowInclusive())),
                    Optional.of(new Range.Bound(number(range.high()), range.highInclusive())));
        }
        return Sql.isNull(target);
    }

    /** A DECIMAL parameter just wide enough for the value (scale kept, at most 38 digits). */
    static Expression number(BigDecimal value) {
        BigDecimal normalized = value.scale() < 0 ? value.setScale(0) : value;
        int scale = normalized.scale();
        int precision = Math.max(normalized.precision(), scale + 1);
        if (precision > 38) {
            throw new TrailException(ErrorCode.FILTER_EXPRESSION, "the number " + value.toPlainString()
                    + " has more than 38 digits");
        }
        return new Parameter(normalized, SqlType.decimal(precision, scale));
    }
}
