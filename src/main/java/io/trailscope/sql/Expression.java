package io.trailscope.sql;

/**
 * A dialect-neutral SQL expression. Structured nodes (columns, literals, operators) sit next to {@link RawSql}
 * fragments written by users, and next to semantic nodes ({@link TruncateTime}, {@link SymmetricSum}, ...) that
 * each dialect lowers to its own SQL. Rendering is done by {@code io.trailscope.sql.dialect.SqlRenderer}.
 */
public sealed interface Expression
        permits ColumnRef, RawSql, Literal, Parameter, FunctionCall, Arithmetic, Comparison, And, Or, Not, InList,
        Like, IsNull, Range, Case, Cast, Aggregate, WindowFunction, Concat, SafeDivide, TruncateTime, ExtractPart,
        ConvertTimeZone, DateAdd, DateDiff, JsonExtractScalar, RegexpMatch, Percentile, ListAggregate, SymmetricSum,
        SymmetricAverage, SymmetricCount {
    <R> R accept(ExpressionVisitor<R> visitor);
}
