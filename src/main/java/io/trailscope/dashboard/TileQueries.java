package io.trailscope.dashboard;

import io.trailscope.query.TableCalculation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the parts of a tile's query that arrive as plain YAML values. */
final class TileQueries {
    private TileQueries() {}

    /** {@code dynamic_fields} entries that are table calculations ({@code table_calculation} + {@code expression}). */
    static List<TableCalculation> calculations(List<Object> dynamicFields) {
        List<TableCalculation> calculations = new ArrayList<>();
        for (Object entry : dynamicFields) {
            if (entry instanceof Map<?, ?> map && map.get("table_calculation") != null
                    && map.get("expression") != null) {
                calculations.add(new TableCalculation(String.valueOf(map.get("table_calculation")),
                        text(map.get("label")), String.valueOf(map.get("expression")),
                        text(map.get("value_format_name"))));
            }
        }
        return List.copyOf(calculations);
    }

    /** Names of every {@code dynamic_fields} entry: table calculations and custom dimensions or measures. */
    static Set<String> dynamicFieldNames(List<Object> dynamicFields) {
        Set<String> names = new HashSet<>();
        for (Object entry : dynamicFields) {
            if (entry instanceof Map<?, ?> map) {
                for (String key : List.of("table_calculation", "measure", "dimension")) {
                    Optional.ofNullable(map.get(key)).map(String::valueOf).ifPresent(names::add);
                }
            }
        }
        return names;
    }

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
