package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Dimension;
import io.trailscope.model.ExploreJoin;
import io.trailscope.model.Field;
import io.trailscope.model.View;
import io.trailscope.sql.Expression;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.Relation;
import io.trailscope.sql.SelectBuilder;
import io.trailscope.sql.Sql;
import io.trailscope.sql.dialect.Capability;

/** Writes one join: its kind, relation and condition ({@code sql_on}, or {@code foreign_key} = primary key). */
final class Joins {
    private Joins() {}

    static void add(SelectBuilder select, ExploreJoin join, Relation relation, FieldSql fields, PlanContext context) {
        JoinType type = switch (join.type()) {
            case LEFT_OUTER -> JoinType.LEFT;
            case INNER -> JoinType.INNER;
            case FULL_OUTER -> JoinType.FULL;
            case CROSS -> JoinType.CROSS;
        };
        if (type == JoinType.FULL && !context.supports(Capability.FULL_OUTER_JOIN)) {
            throw new TrailException(ErrorCode.SQL_UNSUPPORTED, "join '" + join.alias() + "' is a full outer join,"
                    + " which the engine does not support");
        }
        if (type == JoinType.CROSS) {
            select.crossJoin(relation);
            return;
        }
        select.join(type, relation, condition(join, fields, context));
    }

    private static Expression condition(ExploreJoin join, FieldSql fields, PlanContext context) {
        if (join.sqlOn().isPresent()) {
            return fields.expand(join.sqlOn().get(), join.alias(), join.view(), false);
        }
        String base = context.explore().baseAlias();
        String written = join.foreignKey().orElseThrow();
        String name = written.contains(".") ? written.substring(written.indexOf('.') + 1) : written;
        Field foreignKey = context.model().field(context.explore().baseView(), name).orElseThrow(() ->
                new TrailException(ErrorCode.QUERY_INVALID, "foreign_key of join '" + join.alias() + "' names '"
                        + written + "', which is not a field"));
        View joined = context.model().view(join.view()).orElseThrow();
        Dimension primaryKey = joined.primaryKey().orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID,
                "join '" + join.alias() + "' uses foreign_key, but view '" + joined.name() + "' has no primary_key"));
        return Sql.eq(fields.field(base, foreignKey), fields.field(join.alias(), primaryKey));
    }
}
