package io.trailscope.query.plan;

import io.trailscope.model.Explore;
import io.trailscope.model.FilterDefault;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The filters a query applies (lookml.md §2.9): the request's, then each {@code always_filter} default on a field
 * the request does not filter, then the {@code conditionally_filter} defaults unless the request filters on one of
 * their fields or an {@code unless} field. Blank expressions are no condition.
 */
final class FilterSelection {
    /** A filter on a resolved field. */
    record Applied(ResolvedField field, String expression) {}

    private FilterSelection() {}

    static List<Applied> of(QueryRequest request, PlanContext context) {
        List<Applied> applied = new ArrayList<>();
        Set<String> filtered = new HashSet<>();
        for (QueryFilter filter : request.filters()) {
            ResolvedField field = context.resolver().resolve(filter.field().strip());
            filtered.add(field.id());
            if (!filter.expression().isBlank()) {
                applied.add(new Applied(field, filter.expression()));
            }
        }
        Explore explore = context.explore();
        for (FilterDefault filter : explore.alwaysFilters()) {
            if (!filtered.contains(filter.field())) {
                applied.add(new Applied(context.resolver().resolve(filter.field()), filter.expression()));
            }
        }
        boolean overridden = explore.conditionalUnless().stream().anyMatch(filtered::contains)
                || explore.conditionalFilters().stream().anyMatch(filter -> filtered.contains(filter.field()));
        if (!overridden) {
            for (FilterDefault filter : explore.conditionalFilters()) {
                applied.add(new Applied(context.resolver().resolve(filter.field()), filter.expression()));
            }
        }
        return List.copyOf(applied);
    }
}
