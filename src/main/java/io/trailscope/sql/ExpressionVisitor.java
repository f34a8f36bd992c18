package io.trailscope.sql;

/** One method per expression node, so adding a node breaks every visitor until it handles it. */
public interface ExpressionVisitor<R> {
    R visitColumnRef(ColumnRef node);

    R visitRawSql(RawSql node);

    R visitStringLiteral(StringLiteral node);

    R visitNumberLiteral(NumberLiteral node);

    R visitBooleanLiteral(BooleanLiteral node);

    R visitDateLiteral(DateLiteral node);

    R visitTimestampLiteral(TimestampLiteral node);

    R visitTimestampTzLiteral(TimestampTzLiteral node);

    R visitNullLiteral(NullLiteral node);

    R visitParameter(Parameter node);

    R visitFunctionCall(FunctionCall node);

    R visitArithmetic(Arithmetic node);

    R visitComparison(Comparison node);

    R visitAnd(And node);

    R visitOr(Or node);

    R visitNot(Not node);

    R visitInList(InList node);

    R visitLike(Like node);

    R visitIsNull(IsNull node);

    R visitRange(Range node);

    R visitCase(Case node);

    R visitCast(Cast node);

    R visitAggregate(Aggregate node);

    R visitWindowFunction(WindowFunction node);

    R visitConcat(Concat node);

    R visitSafeDivide(SafeDivide node);

    R visitTruncateTime(TruncateTime node);

    R visitExtractPart(ExtractPart node);

    R visitConvertTimeZone(ConvertTimeZone node);

    R visitDateAdd(DateAdd node);

    R visitDateDiff(DateDiff node);

    R visitJsonExtractScalar(JsonExtractScalar node);

    R visitRegexpMatch(RegexpMatch node);

    R visitPercentile(Percentile node);

    R visitListAggregate(ListAggregate node);

    R visitSymmetricSum(SymmetricSum node);

    R visitSymmetricAverage(SymmetricAverage node);

    R visitSymmetricCount(SymmetricCount node);
}
