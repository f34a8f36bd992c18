package io.trailscope.dashboard;

import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.ElementQuery;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A tile's query (lookml.md §3.4): its own keys, then the dashboard filters it listens to. A listened filter with a
 * value replaces the tile's own filter on that field; several dashboard filters on one field are ANDed. Filters
 * without a value add nothing.
 */
final class TileRequests {
    private TileRequests() {}

    static QueryRequest of(DashboardDefinition dashboard, DashboardElement element, Map<String, String> values,
            List<String> notes) {
        ElementQuery query = element.query();
        Map<String, List<String>> listened = new LinkedHashMap<>();
        for (Map.Entry<String, String> listen : query.listen().entrySet()) {
            String value = values.getOrDefault(listen.getKey(), "");
            if (!value.isBlank()) {
                listened.computeIfAbsent(listen.getValue(), field -> new ArrayList<>()).add(value);
            }
        }
        List<QueryFilter> filters = new ArrayList<>();
        query.filters().forEach((field, expression) -> {
            if (!listened.containsKey(field)) {
                filters.add(new QueryFilter(field, expression));
            }
        });
        listened.forEach((field, expressions) -> expressions.forEach(value -> filters.add(new QueryFilter(field,
                value))));
        List<SortSpec> sorts = new ArrayList<>();
        for (String sort : query.sorts()) {
            try {
                sorts.add(SortSpec.parse(sort));
            } catch (TrailException e) {
                notes.add(e.getMessage() + "; ignored");
            }
        }
        Optional<String> zone = query.queryTimezone().or(dashboard::queryTimezone);
        return new QueryRequest(query.model(), query.explore().orElseThrow(), query.fields(), filters, sorts,
                query.limit().map(OptionalInt::of).orElse(OptionalInt.empty()), query.pivots(), query.fillFields(),
                query.columnLimit().map(OptionalInt::of).orElse(OptionalInt.empty()), zone,
                TileQueries.calculations(query.dynamicFields()));
    }
}
