package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Dimension;
import io.trailscope.model.Field;
import io.trailscope.model.Measure;
import io.trailscope.model.MeasureFilter;
import io.trailscope.model.MeasureType;
import io.trailscope.model.SqlReference;
import io.trailscope.model.SqlTemplate;
import io.trailscope.model.View;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.filter.FilterExpression;
import io.trailscope.sql.Aggregate;
import io.trailscope.sql.AggregateFunction;
import io.trailscope.sql.Case;
import io.trailscope.sql.Expression;
import io.trailscope.sql.ListAggregate;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.dialect.Capability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of each measure type (lookml.md §2.5, §2.7). Measure {@code filters} become
 * {@code CASE WHEN condition THEN value END} inside the aggregate. Measures of a fanned-out alias use the symmetric
 * forms keyed by the view's primary key; a count of any joined view counts distinct primary keys.
 */
final class MeasureSql {
    private final PlanContext context;
    private final FieldSql fields;
    private final Set<String> symmetricAliases;

    MeasureSql(PlanContext context, FieldSql fields, Set<String> symmetricAliases) {
        this.context = context;
        this.fields = fields;
        this.symmetricAliases = symmetricAliases;
    }

    Expression expression(String alias, Measure measure) {
        if (measure.type().isComposite()) {
            if (!measure.filters().isEmpty()) {
                context.note("filters of '" + measure.id() + "' are ignored: a " + measure.type().lookmlName()
                        + " measure has no aggregate of its own");
            }
            return fields.expand(measure.sql().orElseThrow(() -> invalid(measure, "has no sql")), alias,
                    measure.view(), true);
        }
        Optional<Expression> filter = filter(alias, measure);
        boolean symmetric = symmetricAliases.contains(alias);
        boolean joined = !alias.equals(context.explore().baseAlias());
        return switch (measure.type()) {
            case COUNT -> symmetric || joined
                    ? new SymmetricCount(primaryKey(alias, measure), filter)
                    : count(filter);
            case COUNT_DISTINCT -> Aggregate.distinct(AggregateFunction.COUNT, filtered(value(alias, measure), filter));
            case SUM -> symmetric
                    ? new SymmetricSum(value(alias, measure), primaryKey(alias, measure), filter)
                    : Sql.coalesce(Sql.sum(filtered(value(alias, measure), filter)), Literal.of(0));
            case AVERAGE -> symmetric
                    ? new SymmetricAverage(value(alias, measure), primaryKey(alias, measure), filter)
                    : Sql.avg(filtered(value(alias, measure), filter));
            case MIN -> Aggregate.of(AggregateFunction.MIN, filtered(value(alias, measure), filter));
            case MAX -> Aggregate.of(AggregateFunction.MAX, filtered(value(alias, measure), filter));
            case MEDIAN, PERCENTILE -> percentile(alias, measure, filter, symmetric);
            case LIST -> new ListAggregate(filtered(listField(alias, measure), filter), ", ", true);
            case SUM_DISTINCT -> new SymmetricSum(value(alias, measure), distinctKey(alias, measure), filter);
            case AVERAGE_DISTINCT -> new SymmetricAverage(value(alias, measure), distinctKey(alias, measure), filter);
            case MEDIAN_DISTINCT, PERCENTILE_DISTINCT -> throw new TrailException(ErrorCode.SQL_UNSUPPORTED, "'"
                    + measure.id() + "': type " + measure.type().lookmlName() + " is not supported");
            case NUMBER, STRING, DATE, YESNO -> throw new IllegalStateException("composite handled above");
        };
    }

    private Expression percentile(String alias, Measure measure, Optional<Expression> filter, boolean symmetric) {
        if (!context.supports(Capability.PERCENTILE)) {
            throw new TrailException(ErrorCode.SQL_UNSUPPORTED, "'" + measure.id() + "': the engine has no"
                    + " percentile function");
        }
        if (symmetric) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "'" + measure.id() + "' (" + measure.type().lookmlName()
                    + ") cannot be computed here: a join repeats the rows of '" + alias + "', and medians and"
                    + " percentiles cannot be made symmetric");
        }
        double fraction = measure.type() == MeasureType.MEDIAN
                ? 0.5
                : measure.percentile().orElse(50) / 100.0;
        return new Percentile(filtered(value(alias, measure), filter), fraction);
    }

    private Expression value(String alias, Measure measure) {
        SqlTemplate sql = measure.sql().orElseThrow(() -> invalid(measure, "has no sql"));
        return fields.expand(sql, alias, measure.view(), false);
    }

    private Expression listField(String alias, Measure measure) {
        String name = measure.listField().orElseThrow(() -> invalid(measure, "has no list_field"));
        return fields.field(alias, dimension(alias, measure, name).field());
    }

    private Expression primaryKey(String alias, Measure measure) {
        View view = context.model().view(measure.view()).orElseThrow();
        Dimension key = view.primaryKey().orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID, "'"
                + alias + "." + measure.name() + "' needs a primary_key in view '" + view.name() + "': the query"
                + " joins other views, so its rows may repeat and are counted once per primary key"));
        return fields.field(alias, key);
    }

    private Expression distinctKey(String alias, Measure measure) {
        if (measure.sqlDistinctKey().isPresent()) {
            return fields.expand(measure.sqlDistinctKey().get(), alias, measure.view(), false);
        }
        return primaryKey(alias, measure);
    }

    private Optional<Expression> filter(String alias, Measure measure) {
        List<Expression> conditions = new ArrayList<>();
        FilterSql compiler = new FilterSql(context, fields);
        for (MeasureFilter filter : measure.filters()) {
            ResolvedField field = dimension(alias, measure, filter.field());
            Optional<FilterExpression> parsed = FilterSql.FilterParsing.parse(field, filter.expression());
            parsed.ifPresent(expression -> conditions.add(compiler.compile(field, expression)));
        }
        return conditions.isEmpty() ? Optional.empty() : Optional.of(Predicates.allOf(conditions));
    }

    private ResolvedField dimension(String alias, Measure measure, String written) {
        int dot = written.indexOf('.');
        SqlReference reference = new SqlReference(dot < 0 ? Optional.empty() : Optional.of(written.substring(0, dot)),
                written.substring(dot + 1), written, measure.info().location());
        String target = AliasPaths.target(context.explore(), reference, alias, measure.view());
        String view = AliasPaths.viewOf(context.explore(), target).orElseThrow();
        Field field = context.model().field(view, reference.name()).filter(Dimension.class::isInstance)
                .orElseThrow(() -> invalid(measure, "filters on '" + written + "', which is not a dimension"));
        return new ResolvedField(target, field);
    }

    /** {@code COUNT(*)}, or with filters {@code COUNT(CASE WHEN condition THEN 1 END)}. */
    private static Expression count(Optional<Expression> filter) {
        return filter.<Expression>map(condition -> Aggregate.of(AggregateFunction.COUNT,
                Case.when(condition, Literal.of(1)))).orElseGet(Aggregate::countAll);
    }

    private static Expression filtered(Expression value, Optional<Expression> filter) {
        return filter.<Expression>map(condition -> Case.when(condition, value)).orElse(value);
    }

    private static TrailException invalid(Measure measure, String problem) {
        return new TrailException(ErrorCode.QUERY_INVALID, "'" + measure.id() + "' cannot be used: it " + problem);
    }
}
