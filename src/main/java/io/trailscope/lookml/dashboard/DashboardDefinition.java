package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code - dashboard: name} entry. {@code embedStyle} and {@code otherKeys} hold plain ordered YAML values
 * (String, Long, Double, Boolean, null, List, Map); {@code otherKeys} has every dashboard key not modelled here.
 */
public record DashboardDefinition(
        String name,
        Optional<String> title,
        Optional<String> layout,
        Optional<String> description,
        Optional<String> refresh,
        Optional<String> preferredViewer,
        Optional<Integer> tileSize,
        Optional<Integer> width,
        Optional<Boolean> crossfilterEnabled,
        Optional<Boolean> autoRun,
        Optional<String> queryTimezone,
        Map<String, Object> embedStyle,
        List<DashboardFilterDefinition> filters,
        List<DashboardElement> elements,
        Map<String, Object> otherKeys,
        SourceLocation location,
        Map<String, SourceLocation> keyLocations) {
    public DashboardDefinition {
        requireNonNull(name, "name is null");
        requireNonNull(title, "title is null");
        requireNonNull(layout, "layout is null");
        requireNonNull(description, "description is null");
        requireNonNull(refresh, "refresh is null");
        requireNonNull(preferredViewer, "preferredViewer is null");
        requireNonNull(tileSize, "tileSize is null");
        requireNonNull(width, "width is null");
        requireNonNull(crossfilterEnabled, "crossfilterEnabled is null");
        requireNonNull(autoRun, "autoRun is null");
        requireNonNull(queryTimezone, "queryTimezone is null");
        embedStyle = OrderedMaps.copyOf(embedStyle);
        filters = List.copyOf(filters);
        elements = List.copyOf(elements);
        otherKeys = OrderedMaps.copyOf(otherKeys);
        requireNonNull(location, "location is null");
        keyLocations = OrderedMaps.copyOf(keyLocations);
    }

    /** Where {@code key} is written in this mapping (for pointed diagnostics), or where the mapping starts. */
    public SourceLocation locationOf(String key) {
        return keyLocations.getOrDefault(key, location);
    }

    public Optional<DashboardFilterDefinition> filter(String filterName) {
        return filters.stream().filter(filter -> filter.name().equals(filterName)).findFirst();
    }

    public Optional<DashboardElement> element(String elementName) {
        return elements.stream().filter(element -> element.name().equals(elementName)).findFirst();
    }
}
