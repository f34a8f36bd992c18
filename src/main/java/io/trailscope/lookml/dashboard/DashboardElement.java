package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * A tile. {@code visual} holds every key not modelled in the query, layout or text parts (series colours, axes,
 * stacking, map settings, stray keys such as {@code label}) as plain ordered YAML values, for the UI to use as it likes.
 */
public record DashboardElement(
        String name,
        Optional<String> title,
        Optional<String> type,
        ElementQuery query,
        ElementLayout layout,
        ElementText text,
        Map<String, Object> visual,
        SourceLocation location,
        Map<String, SourceLocation> keyLocations) {
    public DashboardElement {
        requireNonNull(name, "name is null");
        requireNonNull(title, "title is null");
        requireNonNull(type, "type is null");
        requireNonNull(query, "query is null");
        requireNonNull(layout, "layout is null");
        requireNonNull(text, "text is null");
        visual = OrderedMaps.copyOf(visual);
        requireNonNull(location, "location is null");
        keyLocations = OrderedMaps.copyOf(keyLocations);
    }

    /** Where {@code key} is written in this mapping (for pointed diagnostics), or where the mapping starts. */
    public SourceLocation locationOf(String key) {
        return keyLocations.getOrDefault(key, location);
    }

    /** True when the tile names an explore to query; text tiles do not. */
    public boolean hasQuery() {
        return query.explore().isPresent();
    }
}
