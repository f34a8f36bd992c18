package io.trailscope.query.plan;

import io.trailscope.model.Dimension;
import io.trailscope.model.ExploreJoin;
import io.trailscope.model.Relationship;
import io.trailscope.model.View;
import io.trailscope.query.ResolvedField;
import java.util.List;
import java.util.Optional;

/**
 * Whether a query's GROUP BY can go: it selects no measure and filters none, it selects the base view's primary key,
 * and every join it makes is many_to_one or one_to_one, so each row of the base view is already its own group.
 * "Every event matching the filters, newest first" then runs as a scan with a top-N instead of a hash aggregate over
 * every column (at 10M events, seconds become tens of milliseconds). It relies on the primary key being unique, as
 * symmetric aggregates do (lookml.md §2.7).
 */
final class RowGrain {
    private RowGrain() {}

    static boolean eachRowIsAGroup(Selection selection, PlanContext context, List<ExploreJoin> joins,
            Clauses clauses) {
        if (!selection.measures().isEmpty() || !selection.pivots().isEmpty() || clauses.having().isPresent()) {
            return false;
        }
        if (joins.stream().anyMatch(join -> join.relationship() != Relationship.MANY_TO_ONE
                && join.relationship() != Relationship.ONE_TO_ONE)) {
            return false;
        }
        String base = context.explore().baseAlias();
        View view = context.model().views().get(context.explore().baseView());
        Optional<Dimension> key = Optional.ofNullable(view).flatMap(View::primaryKey);
        return key.isPresent() && selection.dimensions().stream()
                .anyMatch(field -> isKey(field, base, key.get()));
    }

    private static boolean isKey(ResolvedField field, String base, Dimension key) {
        return field.alias().equals(base) && field.field() instanceof Dimension dimension
                && dimension.name().equals(key.name()) && dimension.primaryKey();
    }
}
