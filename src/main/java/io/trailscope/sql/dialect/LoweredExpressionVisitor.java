package io.trailscope.sql.dialect;

import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.DateAdd;
import io.trailscope.sql.DateDiff;
import io.trailscope.sql.Expression;
import io.trailscope.sql.ExpressionVisitor;
import io.trailscope.sql.ExtractPart;
import io.trailscope.sql.JsonExtractScalar;
import io.trailscope.sql.ListAggregate;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.RegexpMatch;
import io.trailscope.sql.SafeDivide;
import io.trailscope.sql.SqlChecks;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.TruncateTime;

/**
 * A visitor over trees that {@link Lowering} has already lowered: the semantic nodes a dialect rewrites can no
 * longer occur, so meeting one is a bug, reported instead of rendered.
 */
abstract class LoweredExpressionVisitor<R> implements ExpressionVisitor<R> {
    private static <R> R notLowered(Expression node) {
        throw SqlChecks.invalidAst(node.getClass().getSimpleName() + " reached the writer without lowering");
    }

    @Override
    public final R visitSafeDivide(SafeDivide node) {
        return notLowered(node);
    }

    @Override
    public final R visitTruncateTime(TruncateTime node) {
        return notLowered(node);
    }

    @Override
    public final R visitExtractPart(ExtractPart node) {
        return notLowered(node);
    }

    @Override
    public final R visitConvertTimeZone(ConvertTimeZone node) {
        return notLowered(node);
    }

    @Override
    public final R visitDateAdd(DateAdd node) {
        return notLowered(node);
    }

    @Override
    public final R visitDateDiff(DateDiff node) {
        return notLowered(node);
    }

    @Override
    public final R visitJsonExtractScalar(JsonExtractScalar node) {
        return notLowered(node);
    }

    @Override
    public final R visitRegexpMatch(RegexpMatch node) {
        return notLowered(node);
    }

    @Override
    public final R visitPercentile(Percentile node) {
        return notLowered(node);
    }

    @Override
    public final R visitListAggregate(ListAggregate node) {
        return notLowered(node);
    }

    @Override
    public final R visitSymmetricSum(SymmetricSum node) {
        return notLowered(node);
    }

    @Override
    public final R visitSymmetricAverage(SymmetricAverage node) {
        return notLowered(node);
    }

    @Override
    public final R visitSymmetricCount(SymmetricCount node) {
        return notLowered(node);
    }
}
