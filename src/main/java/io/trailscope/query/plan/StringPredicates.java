package io.trailscope.query.plan;

import io.trailscope.query.filter.IsEmpty;
import io.trailscope.query.filter.IsNull;
import io.trailscope.query.filter.StringCondition;
import io.trailscope.query.filter.StringEquals;
import io.trailscope.query.filter.StringFilter;
import io.trailscope.query.filter.StringLike;
import io.trailscope.sql.And;
import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.InList;
import io.trailscope.sql.Like;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Or;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * String filters: {@code (any positive term) AND (every negated term)}; several equalities share one IN list; a
 * negated term keeps NULLs ({@code x <> ? OR x IS NULL}). With {@code case_sensitive: no}, both sides are lowered.
 */
final class StringPredicates {
    private StringPredicates() {}

    static Expression of(StringFilter filter, Expression target, boolean caseSensitive) {
        Expression value = caseSensitive ? target : FunctionCall.of("lower", target);
        List<Expression> conditions = new ArrayList<>();
        List<StringCondition> included = filter.included();
        if (!included.isEmpty()) {
            conditions.add(Predicates.anyOf(positives(included, value, target, caseSensitive)));
        }
        for (StringCondition condition : filter.excluded()) {
            conditions.add(negative(condition, value, target, caseSensitive));
        }
        return Predicates.allOf(conditions);
    }

    private static List<Expression> positives(List<StringCondition> conditions, Expression value, Expression target,
            boolean caseSensitive) {
        List<Expression> equals = new ArrayList<>();
        List<Expression> others = new ArrayList<>();
        for (StringCondition condition : conditions) {
            if (condition instanceof StringEquals equal) {
                equals.add(parameter(equal.value(), caseSensitive));
            } else {
                others.add(positive(condition, value, target, caseSensitive));
            }
        }
        List<Expression> result = new ArrayList<>();
        if (equals.size() == 1) {
            result.add(Sql.eq(value, equals.get(0)));
        } else if (equals.size() > 1) {
            result.add(new InList(value, equals, false));
        }
        result.addAll(others);
        return result;
    }

    private static Expression positive(StringCondition condition, Expression value, Expression target,
            boolean caseSensitive) {
        if (condition instanceof StringLike like) {
            return like(like, value, caseSensitive, false);
        }
        if (condition instanceof IsNull) {
            return Sql.isNull(target);
        }
        if (condition instanceof IsEmpty) {
            return new Or(List.of(Sql.isNull(target), Sql.eq(target, Literal.of(""))));
        }
        return Sql.eq(value, parameter(((StringEquals) condition).value(), caseSensitive));
    }

    private static Expression negative(StringCondition condition, Expression value, Expression target,
            boolean caseSensitive) {
        if (condition instanceof IsNull) {
            return Sql.isNotNull(target);
        }
        if (condition instanceof IsEmpty) {
            return new And(List.of(Sql.isNotNull(target), Sql.ne(target, Literal.of(""))));
        }
        Expression negated = condition instanceof StringLike like
                ? like(like, value, caseSensitive, true)
                : Sql.ne(value, parameter(((StringEquals) condition).value(), caseSensitive));
        return new Or(List.of(negated, Sql.isNull(target)));
    }

    private static Expression like(StringLike like, Expression value, boolean caseSensitive, boolean negated) {
        return new Like(value, parameter(like.pattern(), caseSensitive), Optional.of(like.escape()), false, negated);
    }

    private static Expression parameter(String text, boolean caseSensitive) {
        Expression parameter = Parameter.of(text);
        return caseSensitive ? parameter : FunctionCall.of("lower", parameter);
    }
}
