package io.trailscope.query.plan;

import io.trailscope.model.ExploreJoin;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which aliases' measures need symmetric aggregates (lookml.md §2.7). Walking the joins in order from the base:
 * many_to_one and one_to_one keep the grain; one_to_many from the grain makes the joined view the grain;
 * one_to_many from elsewhere, or many_to_many, leaves no safe grain. Measures of every alias but the grain are
 * symmetric. Without joins, or with {@code symmetric_aggregates: no}, nothing is.
 */
final class FanOut {
    private FanOut() {}

    static Set<String> symmetricAliases(PlanContext context, List<ExploreJoin> joins, JoinPlanner planner) {
        if (joins.isEmpty() || !context.explore().symmetricAggregates()) {
            return Set.of();
        }
        Optional<String> grain = Optional.of(context.explore().baseAlias());
        for (ExploreJoin join : joins) {
            switch (join.relationship()) {
                case MANY_TO_ONE, ONE_TO_ONE -> { }
                case ONE_TO_MANY -> grain = grain.filter(planner.parents(join.alias())::contains)
                        .map(parent -> join.alias());
                case MANY_TO_MANY -> grain = Optional.empty();
            }
        }
        Set<String> symmetric = new LinkedHashSet<>();
        symmetric.add(context.explore().baseAlias());
        joins.forEach(join -> symmetric.add(join.alias()));
        grain.ifPresent(symmetric::remove);
        return symmetric;
    }
}
