package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.query.result.QueryResult;
import java.util.Optional;

/**
 * One tile of a run dashboard: a text tile (nothing to run), a query tile with its rows, or a query tile that
 * failed, with the reason (a broken field, an engine error). The element keeps layout and visual settings.
 */
public record TileResult(DashboardElement element, Optional<QueryResult> result, Optional<String> error) {
    public TileResult {
        requireNonNull(element, "element is null");
        requireNonNull(result, "result is null");
        requireNonNull(error, "error is null");
    }

    public static TileResult text(DashboardElement element) {
        return new TileResult(element, Optional.empty(), Optional.empty());
    }

    public static TileResult of(DashboardElement element, QueryResult result) {
        return new TileResult(element, Optional.of(result), Optional.empty());
    }

    public static TileResult failed(DashboardElement element, String error) {
        return new TileResult(element, Optional.empty(), Optional.of(error));
    }

    public boolean isText() {
        return !element.hasQuery();
    }

    /** The title shown on the tile: its title, or its name. */
    public String title() {
        return element.title().or(() -> element.text().titleText()).orElse(element.name());
    }
}
