package io.trailscope.dashboard;

import io.trailscope.query.TableCalculation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
