package io.trailscope.sql.dialect;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.Aggregate;
import io.trailscope.sql.And;
import io.trailscope.sql.Arithmetic;
import io.trailscope.sql.BooleanLiteral;
import io.trailscope.sql.Case;
import io.trailscope.sql.Cast;
import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.Comparison;
import io.trailscope.sql.Concat;
import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.DateAdd;
import io.trailscope.sql.DateDiff;
import io.trailscope.sql.DateLiteral;
import io.trailscope.sql.Expression;
import io.trailscope.sql.ExpressionVisitor;
import io.trailscope.sql.ExtractPart;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.InList;
import io.trailscope.sql.IsNull;
import io.trailscope.sql.JsonExtractScalar;
import io.trailscope.sql.Like;
import io.trailscope.sql.ListAggregate;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Not;
import io.trailscope.sql.NullLiteral;
import io.trailscope.sql.NumberLiteral;
import io.trailscope.sql.Or;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.Range;
import io.trailscope.sql.RawSql;
import io.trailscope.sql.RegexpMatch;
import io.trailscope.sql.SafeDivide;
import io.trailscope.sql.SqlChecks;
import io.trailscope.sql.StringLiteral;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.TimestampLiteral;
import io.trailscope.sql.TimestampTzLiteral;
import io.trailscope.sql.TruncateTime;
import io.trailscope.sql.WindowFunction;
import java.util.Optional;

/**
 * One lowering step: a semantic node becomes what the dialect makes of it; a node the dialect renders directly
 * comes back as itself (the same instance). Expression-level capability checks and fallbacks live here; clause-level
 * ones (QUALIFY, WITH, FULL JOIN, NULLS FIRST/LAST) live in QueryWriter.
 */
final class Lowering implements ExpressionVisitor<Expression> {
    private static final int MAX_STEPS = 32;

    private final Dialect dialect;
    private final boolean inline;

    Lowering(Dialect dialect, boolean inline) {
        this.dialect = dialect;
        this.inline = inline;
    }

    /** Lowers until the node renders directly; a dialect that keeps producing semantic nodes is a bug. */
    Expression fully(Expression expression) {
        Expression current = expression;
        for (int step = 0; step < MAX_STEPS; step++) {
            Expression next = current.accept(this);
            if (next == current) {
                return current;
            }
            current = next;
        }
        throw SqlChecks.invalidAst(dialect.name() + " does not finish lowering " + expression.getClass().getSimpleName());
    }

    private void require(Capability capability, String what) {
        if (!dialect.supports(capability)) {
            throw new TrailException(ErrorCode.SQL_UNSUPPORTED, dialect.name() + " cannot render " + what);
        }
    }

    @Override
    public Expression visitParameter(Parameter node) {
        return inline ? node.toLiteral() : node;
    }

    @Override
    public Expression visitLike(Like node) {
        if (node.caseInsensitive() && !dialect.supports(Capability.ILIKE)) {
            return dialect.caseInsensitiveLike(node);
        }
        return node;
    }

    @Override
    public Expression visitAggregate(Aggregate node) {
        if (node.filter().isEmpty() || dialect.supports(Capability.AGGREGATE_FILTER_CLAUSE)) {
            return node;
        }
        Expression kept = node.argument().orElse(Literal.of(1));
        Expression argument = Case.when(node.filter().get(), kept);
        return new Aggregate(node.function(), node.distinct(), Optional.of(argument), Optional.empty());
    }

    @Override
    public Expression visitWindowFunction(WindowFunction node) {
        require(Capability.WINDOW_FUNCTIONS, "window functions");
        return node;
    }

    @Override
    public Expression visitSafeDivide(SafeDivide node) {
        return dialect.safeDivide(node);
    }

    @Override
    public Expression visitTruncateTime(TruncateTime node) {
        return dialect.truncateTime(node);
    }

    @Override
    public Expression visitExtractPart(ExtractPart node) {
        return dialect.extractPart(node);
    }

    @Override
    public Expression visitConvertTimeZone(ConvertTimeZone node) {
        require(Capability.TIME_ZONE_CONVERSION, "time zone conversion");
        return dialect.convertTimeZone(node);
    }

    @Override
    public Expression visitDateAdd(DateAdd node) {
        return dialect.dateAdd(node);
    }

    @Override
    public Expression visitDateDiff(DateDiff node) {
        return dialect.dateDiff(node);
    }

    @Override
    public Expression visitJsonExtractScalar(JsonExtractScalar node) {
        return dialect.jsonExtractScalar(node);
    }

    @Override
    public Expression visitRegexpMatch(RegexpMatch node) {
        return dialect.regexpMatch(node);
    }

    @Override
    public Expression visitPercentile(Percentile node) {
        require(Capability.PERCENTILE, "percentiles");
        return dialect.percentile(node);
    }

    @Override
    public Expression visitListAggregate(ListAggregate node) {
        return dialect.listAggregate(node);
    }

    @Override
    public Expression visitSymmetricSum(SymmetricSum node) {
        require(Capability.SYMMETRIC_AGGREGATES, "symmetric aggregates");
        return dialect.symmetricSum(node);
    }

    @Override
    public Expression visitSymmetricAverage(SymmetricAverage node) {
        require(Capability.SYMMETRIC_AGGREGATES, "symmetric aggregates");
        return dialect.symmetricAverage(node);
    }

    @Override
    public Expression visitSymmetricCount(SymmetricCount node) {
        require(Capability.SYMMETRIC_AGGREGATES, "symmetric aggregates");
        return dialect.symmetricCount(node);
    }

    // ---- nodes every dialect renders directly -------------------------------------------------------------

    @Override
    public Expression visitColumnRef(ColumnRef node) {
        return node;
    }

    @Override
    public Expression visitRawSql(RawSql node) {
        return node;
    }

    @Override
    public Expression visitStringLiteral(StringLiteral node) {
        return node;
    }

    @Override
    public Expression visitNumberLiteral(NumberLiteral node) {
        return node;
    }

    @Override
    public Expression visitBooleanLiteral(BooleanLiteral node) {
        return node;
    }

    @Override
    public Expression visitDateLiteral(DateLiteral node) {
        return node;
    }

    @Override
    public Expression visitTimestampLiteral(TimestampLiteral node) {
        return node;
    }

    @Override
    public Expression visitTimestampTzLiteral(TimestampTzLiteral node) {
        return node;
    }

    @Override
    public Expression visitNullLiteral(NullLiteral node) {
        return node;
    }

    @Override
    public Expression visitFunctionCall(FunctionCall node) {
        return node;
    }

    @Override
    public Expression visitArithmetic(Arithmetic node) {
        return node;
    }

    @Override
    public Expression visitComparison(Comparison node) {
        return node;
    }

    @Override
    public Expression visitAnd(And node) {
        return node;
    }

    @Override
    public Expression visitOr(Or node) {
        return node;
    }

    @Override
    public Expression visitNot(Not node) {
        return node;
    }

    @Override
    public Expression visitInList(InList node) {
        return node;
    }

    @Override
    public Expression visitIsNull(IsNull node) {
        return node;
    }

    @Override
    public Expression visitRange(Range node) {
        return node;
    }

    @Override
    public Expression visitCase(Case node) {
        return node;
    }

    @Override
    public Expression visitCast(Cast node) {
        return node;
    }

    @Override
    public Expression visitConcat(Concat node) {
        return node;
    }
}
