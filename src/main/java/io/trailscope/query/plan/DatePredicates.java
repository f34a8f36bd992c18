package io.trailscope.query.plan;

import io.trailscope.query.filter.DateFilter;
import io.trailscope.query.filter.DateFilterResolver;
import io.trailscope.query.filter.DateInterval;
import io.trailscope.query.filter.ResolvedDateFilter;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Range;
import io.trailscope.sql.Sql;
import java.util.ArrayList;
import java.util.List;

/**
 * Date filters: each term is a half-open range {@code start <= x < end} of wall-clock times in the query time zone
 * (relative terms computed from "now" there), bound as TIMESTAMP parameters; terms are ORed. The target is the
 * converted timestamp of a timeframe, so a filter on {@code event_time_date} compares the raw time, not the day.
 */
final class DatePredicates {
    private DatePredicates() {}

    static Expression of(DateFilter filter, Expression target, PlanContext context) {
        ResolvedDateFilter resolved = new DateFilterResolver(context.weekStart(), context.fiscalMonthOffset())
                .resolve(filter, context.now());
        List<Expression> terms = new ArrayList<>();
        for (DateInterval interval : resolved.intervals()) {
            if (interval.start().isPresent() && interval.end().isPresent()) {
                terms.add(Range.halfOpen(target, Parameter.of(interval.start().get()),
                        Parameter.of(interval.end().get())));
            } else if (interval.start().isPresent()) {
                terms.add(Sql.ge(target, Parameter.of(interval.start().get())));
            } else if (interval.end().isPresent()) {
                terms.add(Sql.lt(target, Parameter.of(interval.end().get())));
            } else {
                terms.add(Sql.isNotNull(target));
            }
        }
        if (resolved.includesNull()) {
            terms.add(Sql.isNull(target));
        }
        return Predicates.anyOf(terms);
    }
}
