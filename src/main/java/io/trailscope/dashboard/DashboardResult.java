package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.dashboard.DashboardDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A run dashboard: its definition, the filter values used (name → expression), and every tile in file order. */
public record DashboardResult(DashboardDefinition definition, Map<String, String> filterValues,
        List<TileResult> tiles) {
    public DashboardResult {
        requireNonNull(definition, "definition is null");
        filterValues = Collections.unmodifiableMap(new LinkedHashMap<>(filterValues));
        tiles = List.copyOf(tiles);
    }

    public long failedTiles() {
        return tiles.stream().filter(tile -> tile.error().isPresent()).count();
    }
}
