package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dashboard filter. {@code type} is kept as written ({@code date_filter}, {@code field_filter},
 * {@code number_filter}, {@code string_filter}, ...); {@code defaultValue} is the Looker filter expression as written
 * (a YAML number or boolean keeps its source text). {@code model}/{@code explore}/{@code field} may be absent or stale.
 */
public record DashboardFilterDefinition(
        String name,
        Optional<String> title,
        Optional<String> type,
        Optional<String> defaultValue,
        Optional<String> model,
        Optional<String> explore,
        Optional<String> field,
        List<String> listensToFilters,
        Optional<Boolean> allowMultipleValues,
        Optional<Boolean> required,
        Map<String, Object> uiConfig,
        Map<String, Object> otherKeys,
        SourceLocation location,
        Map<String, SourceLocation> keyLocations) {
    public static final String DATE_FILTER = "date_filter";
    public static final String FIELD_FILTER = "field_filter";
    public static final String NUMBER_FILTER = "number_filter";
    public static final String STRING_FILTER = "string_filter";

    public DashboardFilterDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(title, "title is null");
        requireNonNull(type, "type is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(model, "model is null");
        requireNonNull(explore, "explore is null");
        requireNonNull(field, "field is null");
        listensToFilters = List.copyOf(listensToFilters);
        requireNonNull(allowMultipleValues, "allowMultipleValues is null");
        requireNonNull(required, "required is null");
        uiConfig = OrderedMaps.copyOf(uiConfig);
        otherKeys = OrderedMaps.copyOf(otherKeys);
        requireNonNull(location, "location is null");
        keyLocations = OrderedMaps.copyOf(keyLocations);
    }

    /** Where {@code key} is written in this mapping (for pointed diagnostics), or where the mapping starts. */
    public SourceLocation locationOf(String key) {
        return keyLocations.getOrDefault(key, location);
    }
}
