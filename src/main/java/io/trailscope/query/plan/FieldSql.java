package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Dimension;
import io.trailscope.model.Field;
import io.trailscope.model.FilterOnlyField;
import io.trailscope.model.Measure;
import io.trailscope.model.SqlReference;
import io.trailscope.model.SqlTemplate;
import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.Expression;
import io.trailscope.sql.RawSql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands LookML SQL into AST: {@code ${TABLE}} becomes the alias, {@code ${field}} the referenced dimension's (or,
 * in a measure, measure's) expression, embedded so the renderer parenthesizes it, and {@code ${view.SQL_TABLE_NAME}}
 * the table or CTE name. Dimension and measure expressions are built once per alias ({@link DimensionSql},
 * {@link MeasureSql}) and cached; a reference cycle is refused with its path.
 */
final class FieldSql {
    private final PlanContext context;
    private final Ctes ctes;
    private final DimensionSql dimensions;
    private final MeasureSql measures;
    private final Map<String, Expression> cache = new HashMap<>();
    private final Set<String> building = new LinkedHashSet<>();

    FieldSql(PlanContext context, Ctes ctes, Set<String> symmetricAliases) {
        this.context = context;
        this.ctes = ctes;
        this.dimensions = new DimensionSql(context, this);
        this.measures = new MeasureSql(context, this, symmetricAliases);
    }

    PlanContext context() {
        return context;
    }

    DimensionSql dimensions() {
        return dimensions;
    }

    Expression field(String alias, Field field) {
        String key = alias + "." + field.name();
        Expression cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (!building.add(key)) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "reference cycle: " + String.join(" -> ", building)
                    + " -> " + key);
        }
        try {
            Expression expression;
            if (field instanceof Dimension dimension) {
                expression = dimensions.expression(alias, dimension);
            } else if (field instanceof Measure measure) {
                expression = measures.expression(alias, measure);
            } else {
                throw new TrailException(ErrorCode.QUERY_INVALID, "'" + key + "' is a filter-only field: it has"
                        + " no value to select or use in SQL");
            }
            cache.put(key, expression);
            return expression;
        } finally {
            building.remove(key);
        }
    }

    /** The template as SQL, its references resolved from alias {@code alias} of view {@code ownView}. */
    Expression expand(SqlTemplate template, String alias, String ownView, boolean measuresAllowed) {
        List<RawSql.Part> parts = new ArrayList<>();
        for (SqlTemplate.Segment segment : template.segments()) {
            if (segment instanceof SqlTemplate.Text text) {
                if (!text.text().isEmpty()) {
                    parts.add(new RawSql.Text(text.text()));
                }
                continue;
            }
            SqlReference reference = ((SqlTemplate.Ref) segment).reference();
            if (reference.isTable()) {
                parts.add(new RawSql.Embedded(ColumnRef.of(alias)));
            } else if (reference.isSqlTableName()) {
                parts.add(new RawSql.Text(ctes.tableName(reference.view().orElseThrow())));
            } else {
                parts.add(new RawSql.Embedded(reference(reference, alias, ownView, measuresAllowed)));
            }
        }
        if (parts.isEmpty()) {
            throw new TrailException(ErrorCode.QUERY_INVALID, template.location() + ": the SQL is empty");
        }
        if (parts.size() == 1 && parts.get(0) instanceof RawSql.Embedded embedded) {
            return embedded.expression();
        }
        return new RawSql(parts);
    }

    private Expression reference(SqlReference reference, String alias, String ownView, boolean measuresAllowed) {
        String target = AliasPaths.target(context.explore(), reference, alias, ownView);
        String view = AliasPaths.viewOf(context.explore(), target).orElseThrow();
        Field field = context.model().field(view, reference.name()).orElseThrow(() -> new TrailException(
                ErrorCode.QUERY_INVALID, reference.location() + ": '${" + reference.written()
                        + "}' names no field of view '" + view + "'"));
        if (field instanceof Measure && !measuresAllowed) {
            throw new TrailException(ErrorCode.QUERY_INVALID, reference.location() + ": '${" + reference.written()
                    + "}' names a measure where only dimensions can be used");
        }
        if (field instanceof FilterOnlyField) {
            throw new TrailException(ErrorCode.QUERY_INVALID, reference.location() + ": '${" + reference.written()
                    + "}' names a filter-only field (templated filters are not supported)");
        }
        return field(target, field);
    }
}
