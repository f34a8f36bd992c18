package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query of a tile, as written. {@code filters} maps field to filter expression and {@code listen} maps dashboard
 * filter name to field, both in file order. {@code sorts} are raw ({@code "view.field desc"}, even
 * {@code "view.field 0"}). {@code dynamicFields} holds plain YAML values, usually one map per table calculation.
 * Legacy {@code dimensions} + {@code measures} are merged into {@code fields} when {@code fields} is absent.
 */
public record ElementQuery(
        Optional<String> model,
        Optional<String> explore,
        List<String> fields,
        List<String> pivots,
        List<String> fillFields,
        Map<String, String> filters,
        List<String> sorts,
        Optional<Integer> limit,
        Optional<Integer> columnLimit,
        Map<String, String> listen,
        List<String> hiddenFields,
        List<Object> dynamicFields,
        Optional<String> queryTimezone) {
    public ElementQuery {
        requireNonNull(model, "model is null");
        requireNonNull(explore, "explore is null");
        fields = List.copyOf(fields);
        pivots = List.copyOf(pivots);
        fillFields = List.copyOf(fillFields);
        filters = OrderedMaps.copyOf(filters);
        sorts = List.copyOf(sorts);
        requireNonNull(limit, "limit is null");
        requireNonNull(columnLimit, "columnLimit is null");
        listen = OrderedMaps.copyOf(listen);
        hiddenFields = List.copyOf(hiddenFields);
        dynamicFields = Collections.unmodifiableList(new ArrayList<>(dynamicFields));
        requireNonNull(queryTimezone, "queryTimezone is null");
    }
}
