package io.trailscope.sql;

import java.util.Arrays;
import java.util.List;

/** Short static factories for building expressions: {@code Sql.eq(Sql.column("e", "id"), Sql.literal(1))}. */
public final class Sql {
    private Sql() {}

    public static ColumnRef column(String qualifier, String name) {
        return ColumnRef.of(qualifier, name);
    }

    public static ColumnRef column(String name) {
        return ColumnRef.of(name);
    }

    public static RawSql raw(String text) {
        return RawSql.of(text);
    }

    public static StringLiteral literal(String value) {
        return Literal.of(value);
    }

    public static NumberLiteral literal(long value) {
        return Literal.of(value);
    }

    public static FunctionCall call(String name, Expression... arguments) {
        return FunctionCall.of(name, arguments);
    }

    public static Comparison eq(Expression left, Expression right) {
        return new Comparison(ComparisonOperator.EQUAL, left, right);
    }

    public static Comparison ne(Expression left, Expression right) {
        return new Comparison(ComparisonOperator.NOT_EQUAL, left, right);
    }

    public static Comparison lt(Expression left, Expression right) {
        return new Comparison(ComparisonOperator.LESS_THAN, left, right);
    }

    public static Comparison ge(Expression left, Expression right) {
        return new Comparison(ComparisonOperator.GREATER_THAN_OR_EQUAL, left, right);
    }

    public static Comparison gt(Expression left, Expression right) {
        return new Comparison(ComparisonOperator.GREATER_THAN, left, right);
    }

    public static And and(Expression... operands) {
        return new And(Arrays.asList(operands));
    }

    public static Or or(Expression... operands) {
        return new Or(Arrays.asList(operands));
    }

    public static Not not(Expression operand) {
        return new Not(operand);
    }

    public static Arithmetic plus(Expression left, Expression right) {
        return new Arithmetic(ArithmeticOperator.PLUS, left, right);
    }

    public static Arithmetic minus(Expression left, Expression right) {
        return new Arithmetic(ArithmeticOperator.MINUS, left, right);
    }

    public static Arithmetic times(Expression left, Expression right) {
        return new Arithmetic(ArithmeticOperator.MULTIPLY, left, right);
    }

    public static IsNull isNull(Expression value) {
        return new IsNull(value, false);
    }

    public static IsNull isNotNull(Expression value) {
        return new IsNull(value, true);
    }

    public static InList in(Expression value, Expression... candidates) {
        return new InList(value, List.of(candidates), false);
    }

    public static Aggregate count() {
        return Aggregate.countAll();
    }

    public static Aggregate countDistinct(Expression value) {
        return Aggregate.distinct(AggregateFunction.COUNT, value);
    }

    public static Aggregate sum(Expression value) {
        return Aggregate.of(AggregateFunction.SUM, value);
    }

    public static Aggregate avg(Expression value) {
        return Aggregate.of(AggregateFunction.AVG, value);
    }

    public static Cast cast(Expression value, SqlType type) {
        return Cast.of(value, type);
    }

    public static FunctionCall coalesce(Expression... values) {
        return FunctionCall.of("COALESCE", values);
    }
}
