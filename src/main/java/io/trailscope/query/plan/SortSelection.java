package io.trailscope.query.plan;

import io.trailscope.error.TrailException;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.SortSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sorts a query applies: the requested ones on selected fields (others are ignored with a note, as Looker
 * does), or Looker's default: the first date or time dimension descending, else the first measure descending, else
 * the first dimension ascending.
 */
final class SortSelection {
    private SortSelection() {}

    static List<SortSpec> of(QueryRequest request, Selection selection, PlanContext context) {
        List<SortSpec> sorts = new ArrayList<>();
        for (SortSpec sort : request.sorts()) {
            String id = sort.field().strip();
            if (selection.selects(id)) {
                sorts.add(new SortSpec(id, sort.descending()));
                continue;
            }
            if (request.calculations().stream().anyMatch(calculation -> calculation.name().equals(id))) {
                context.note("sort on table calculation '" + id + "' is not supported; ignored");
                continue;
            }
            try {
                Optional<ResolvedField> field = context.resolver().find(id);
                context.note("sort on '" + id + "' ignored: " + (field.isPresent()
                        ? "the query does not select it"
                        : "no such field"));
            } catch (TrailException e) {
                context.note("sort on '" + id + "' ignored: " + e.detail());
            }
        }
        if (!sorts.isEmpty()) {
            return List.copyOf(sorts);
        }
        return List.of(defaultSort(selection));
    }

    static SortSpec defaultSort(Selection selection) {
        for (ResolvedField dimension : selection.dimensions()) {
            if (FieldKinds.isTemporal(dimension.field())) {
                return new SortSpec(dimension.id(), true);
            }
        }
        if (!selection.measures().isEmpty()) {
            return new SortSpec(selection.measures().get(0).id(), true);
        }
        return new SortSpec(selection.dimensions().get(0).id(), false);
    }
}
