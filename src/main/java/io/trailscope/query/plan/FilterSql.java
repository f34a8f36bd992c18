package io.trailscope.query.plan;

import io.trailscope.model.Dimension;
import io.trailscope.model.DimensionType;
import io.trailscope.model.FilterOnlyField;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.filter.DateFilter;
import io.trailscope.query.filter.FilterExpression;
import io.trailscope.query.filter.FilterExpressions;
import io.trailscope.query.filter.NumberFilter;
import io.trailscope.query.filter.StringFilter;
import io.trailscope.query.filter.YesNoFilter;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Literal;
import io.trailscope.sql.Not;
import io.trailscope.sql.Or;
import io.trailscope.sql.Sql;
import java.util.List;
import java.util.Optional;

/**
 * Turns a Looker filter expression on a field into a predicate (lookml.md §2.12): values become bound parameters,
 * patterns {@code LIKE ? ESCAPE '\'}, dates half-open ranges of the query time zone's wall clock. An empty
 * expression is no condition; an invalid one is a {@code FILTER_EXPRESSION} error naming the field.
 */
final class FilterSql {
    private final PlanContext context;
    private final FieldSql fields;

    FilterSql(PlanContext context, FieldSql fields) {
        this.context = context;
        this.fields = fields;
    }

    Optional<Expression> predicate(ResolvedField field, String expression) {
        if (field.field() instanceof FilterOnlyField) {
            context.note("filter on '" + field.id() + "' has no effect: it is a filter-only field, used by templated"
                    + " filters (Liquid), which trailscope does not run");
            return Optional.empty();
        }
        Optional<FilterExpression> parsed = FilterParsing.parse(field, expression);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(compile(field, parsed.get()));
    }

    /** For a measure's {@code filters}: the same compiler, on a dimension of the measure's alias. */
    Expression compile(ResolvedField field, FilterExpression filter) {
        if (filter instanceof StringFilter strings) {
            return StringPredicates.of(strings, target(field), context.caseSensitive());
        }
        if (filter instanceof NumberFilter numbers) {
            return NumberPredicates.of(numbers, target(field));
        }
        if (filter instanceof DateFilter dates) {
            return DatePredicates.of(dates, target(field), context);
        }
        return yesNo(field, ((YesNoFilter) filter).value());
    }

    private Expression target(ResolvedField field) {
        if (field.field() instanceof Dimension dimension) {
            return fields.dimensions().filterTarget(field.alias(), dimension);
        }
        return fields.field(field.alias(), field.field());
    }

    private Expression yesNo(ResolvedField field, boolean yes) {
        if (field.field() instanceof Dimension dimension && dimension.type() == DimensionType.YESNO
                && dimension.cases().isEmpty()) {
            Expression condition = fields.dimensions().condition(field.alias(), dimension);
            return yes ? condition : new Or(List.of(new Not(condition), Sql.isNull(condition)));
        }
        return Sql.eq(target(field), Literal.of(yes ? "Yes" : "No"));
    }

    /** Which grammar a field's filters use. */
    static final class FilterParsing {
        private FilterParsing() {}

        static Optional<FilterExpression> parse(ResolvedField field, String expression) {
            try {
                return FilterExpressions.parse(expression, FieldKinds.filterKind(field.field()));
            } catch (io.trailscope.error.TrailException e) {
                throw new io.trailscope.error.TrailException(e.errorCode(), "filter on '" + field.id() + "': "
                        + e.getMessage(), Optional.empty(), e);
            }
        }
    }
}
