package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.result.QueryResult;
import java.time.Duration;
import java.util.Optional;

/**
 * One tile of a run dashboard: a text tile (nothing to run), a query tile with the request it ran and its rows, or a
 * query tile that failed, with the reason (a broken field, an engine error). The element keeps layout and visual
 * settings. {@code request} is absent only for text tiles and tiles whose request could not even be built;
 * {@code elapsed} is the time the tile took (planning, the query, shaping).
 */
public record TileResult(DashboardElement element, Optional<QueryRequest> request, Optional<QueryResult> result,
        Optional<TrailException> failure, Duration elapsed) {
    public TileResult {
        requireNonNull(element, "element is null");
        requireNonNull(request, "request is null");
        requireNonNull(result, "result is null");
        requireNonNull(failure, "failure is null");
        requireNonNull(elapsed, "elapsed is null");
    }

    public static TileResult text(DashboardElement element) {
        return new TileResult(element, Optional.empty(), Optional.empty(), Optional.empty(), Duration.ZERO);
    }

    public static TileResult of(DashboardElement element, QueryRequest request, QueryResult result,
            Duration elapsed) {
        return new TileResult(element, Optional.of(request), Optional.of(result), Optional.empty(), elapsed);
    }

    public static TileResult failed(DashboardElement element, Optional<QueryRequest> request,
            TrailException failure, Duration elapsed) {
        return new TileResult(element, request, Optional.empty(), Optional.of(failure), elapsed);
    }

    /** The failure's message, if the tile failed. */
    public Optional<String> error() {
        return failure.map(TrailException::getMessage);
    }

    public boolean isText() {
        return !element.hasQuery();
    }

    /** The title shown on the tile: its title, or its name. */
    public String title() {
        return element.title().or(() -> element.text().titleText()).orElse(element.name());
    }
}
