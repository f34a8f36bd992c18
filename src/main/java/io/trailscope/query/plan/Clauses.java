package io.trailscope.query.plan;

import io.trailscope.sql.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** WHERE (dimension filters, then {@code sql_always_where}) and HAVING (measure filters, {@code sql_always_having}). */
record Clauses(Optional<Expression> where, Optional<Expression> having) {
    static Clauses of(PlanContext context, FieldSql fields, List<FilterSelection.Applied> filters) {
        FilterSql compiler = new FilterSql(context, fields);
        List<Expression> where = new ArrayList<>();
        List<Expression> having = new ArrayList<>();
        for (FilterSelection.Applied filter : filters) {
            compiler.predicate(filter.field(), filter.expression())
                    .ifPresent((filter.field().isMeasure() ? having : where)::add);
        }
        String base = context.explore().baseAlias();
        String view = context.explore().baseView();
        context.explore().sqlAlwaysWhere().ifPresent(sql -> where.add(fields.expand(sql, base, view, false)));
        context.explore().sqlAlwaysHaving().ifPresent(sql -> having.add(fields.expand(sql, base, view, true)));
        return new Clauses(combine(where), combine(having));
    }

    private static Optional<Expression> combine(List<Expression> conditions) {
        return conditions.isEmpty() ? Optional.empty() : Optional.of(Predicates.allOf(conditions));
    }
}
