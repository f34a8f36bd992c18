package io.trailscope.sql.dialect;

import io.trailscope.sql.Aggregate;
import io.trailscope.sql.AggregateFunction;
import io.trailscope.sql.And;
import io.trailscope.sql.Arithmetic;
import io.trailscope.sql.ArithmeticOperator;
import io.trailscope.sql.Case;
import io.trailscope.sql.Cast;
import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.IsNull;
import io.trailscope.sql.Literal;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The symmetric-aggregate algorithm of lookml.md §2.7, shared by every dialect; only the key hash differs.
 * {@code SUM(DISTINCT H(k) + S(v)) - SUM(DISTINCT H(k))} counts each key's value once: duplicates of a key made by
 * a fan-out join collapse in the DISTINCT, and two keys with equal values still differ by their hashes.
 * S(v) is the value scaled by 10^6 as DECIMAL(38, 0), so every term is an exact integer; the result is divided
 * back as DOUBLE. A filter wraps both key and value in CASE, so filtered-out rows contribute NULL, not 0.
 */
final class SymmetricAggregates {
    private static final SqlType EXACT_INTEGER = SqlType.decimal(38, 0);
    private static final SqlType SCALED_VALUE = SqlType.decimal(38, 6);
    private static final long SCALE = 1_000_000;

    private SymmetricAggregates() {}

    static Expression sum(SymmetricSum node, UnaryOperator<Expression> hash) {
        Expression key = filtered(node.key(), node.filter());
        Expression value = filtered(node.value(), node.filter());
        return FunctionCall.of("COALESCE", distinctSum(key, value, hash), Literal.of(0));
    }

    static Expression average(SymmetricAverage node, UnaryOperator<Expression> hash) {
        Expression key = filtered(node.key(), node.filter());
        Expression value = filtered(node.value(), node.filter());
        Expression hasValue = new IsNull(node.value(), true);
        Expression counted = node.filter().<Expression>map(condition -> new And(List.of(condition, hasValue)))
                .orElse(hasValue);
        Expression keysWithValue = Aggregate.distinct(AggregateFunction.COUNT, Case.when(counted, node.key()));
        return new Arithmetic(ArithmeticOperator.DIVIDE, distinctSum(key, value, hash),
                FunctionCall.of("NULLIF", keysWithValue, Literal.of(0)));
    }

    static Expression count(SymmetricCount node) {
        return Aggregate.distinct(AggregateFunction.COUNT, filtered(node.key(), node.filter()));
    }

    private static Expression distinctSum(Expression key, Expression value, UnaryOperator<Expression> hash) {
        Expression scaled = Cast.of(new Arithmetic(ArithmeticOperator.MULTIPLY,
                Cast.of(FunctionCall.of("COALESCE", value, Literal.of(0)), SCALED_VALUE), Literal.of(SCALE)),
                EXACT_INTEGER);
        Expression hashed = hash.apply(key);
        Expression difference = new Arithmetic(ArithmeticOperator.MINUS,
                Aggregate.distinct(AggregateFunction.SUM, new Arithmetic(ArithmeticOperator.PLUS, hashed, scaled)),
                Aggregate.distinct(AggregateFunction.SUM, hashed));
        return new Arithmetic(ArithmeticOperator.DIVIDE, Cast.of(difference, SqlType.DOUBLE), Literal.of(SCALE));
    }

    private static Expression filtered(Expression expression, Optional<Expression> filter) {
        return filter.<Expression>map(condition -> Case.when(condition, expression)).orElse(expression);
    }
}
