package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.DashboardFile;
import io.trailscope.lookml.dashboard.DashboardFilterDefinition;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.result.QueryResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs every tile of a LookML dashboard with its filters' values (defaults, then the caller's). A tile that fails
 * (a field that does not exist, an engine error) gets its error in its slot; the other tiles still run. No HTTP
 * here: the CLI and the web UI both call this.
 */
public final class DashboardRunner {
    private final QueryRunner runner;

    public DashboardRunner(QueryRunner runner) {
        this.runner = requireNonNull(runner, "runner is null");
    }

    /** Every dashboard of the project, in file order. */
    public static List<DashboardDefinition> dashboards(SemanticProject project) {
        List<DashboardDefinition> dashboards = new ArrayList<>();
        for (DashboardFile file : project.lookml().dashboardFiles().values()) {
            dashboards.addAll(file.dashboards());
        }
        return List.copyOf(dashboards);
    }

    public static DashboardDefinition find(SemanticProject project, String name) {
        List<DashboardDefinition> dashboards = dashboards(project);
        return dashboards.stream().filter(dashboard -> dashboard.name().equals(name)).findFirst()
                .orElseThrow(() -> new TrailException(ErrorCode.DASHBOARD_UNKNOWN, "no dashboard '" + name
                        + "'" + (dashboards.isEmpty() ? "" : "; there are: " + String.join(", ",
                        dashboards.stream().map(DashboardDefinition::name).toList()))));
    }

    /** Runs a dashboard, one tile after the other; {@code overrides} maps filter names (or titles) to expressions. */
    public DashboardResult run(DashboardDefinition dashboard, Map<String, String> overrides) {
        return run(dashboard, overrides, Optional.empty(), Runnable::run);
    }

    /** Runs a dashboard with up to {@code parallelism} tiles at a time, on threads of its own. */
    public DashboardResult run(DashboardDefinition dashboard, Map<String, String> overrides, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, runnable -> {
            Thread thread = new Thread(runnable, "trailscope-tile");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return run(dashboard, overrides, Optional.empty(), pool);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Runs a dashboard's tiles on {@code executor} (concurrently when it has several threads; engines are
     * thread-safe) and waits for all of them. {@code timeZone}, when present, replaces the tiles' query time zone.
     * Tiles keep file order in the result whatever order they finish in.
     */
    public DashboardResult run(DashboardDefinition dashboard, Map<String, String> overrides,
            Optional<String> timeZone, Executor executor) {
        Map<String, String> values = values(dashboard, overrides);
        List<CompletableFuture<TileResult>> futures = new ArrayList<>();
        for (DashboardElement element : dashboard.elements()) {
            futures.add(element.hasQuery()
                    ? CompletableFuture.supplyAsync(() -> tile(dashboard, element, values, timeZone), executor)
                    : CompletableFuture.completedFuture(TileResult.text(element)));
        }
        List<TileResult> tiles = new ArrayList<>();
        for (CompletableFuture<TileResult> future : futures) {
            tiles.add(future.join());
        }
        return new DashboardResult(dashboard, values, tiles);
    }

    /** Runs one tile with the dashboard's filter values (defaults, then {@code overrides}). */
    public TileResult runTile(DashboardDefinition dashboard, DashboardElement element,
            Map<String, String> overrides, Optional<String> timeZone) {
        Map<String, String> values = values(dashboard, overrides);
        return element.hasQuery() ? tile(dashboard, element, values, timeZone) : TileResult.text(element);
    }

    private TileResult tile(DashboardDefinition dashboard, DashboardElement element, Map<String, String> values,
            Optional<String> timeZone) {
        Optional<QueryRequest> request = Optional.empty();
        long start = System.nanoTime();
        try {
            List<String> notes = new ArrayList<>();
            QueryRequest built = TileRequests.of(dashboard, element, values, notes);
            request = Optional.of(timeZone.map(built::withTimeZone).orElse(built));
            QueryResult result = runner.run(request.get());
            List<String> allNotes = new ArrayList<>(notes);
            allNotes.addAll(result.notes());
            return TileResult.of(element, request.get(), Results.without(result,
                    new HashSet<>(element.query().hiddenFields()), allNotes), since(start));
        } catch (TrailException e) {
            return TileResult.failed(element, request, e, since(start));
        } catch (RuntimeException e) {
            return TileResult.failed(element, request, new TrailException(ErrorCode.INTERNAL_ERROR,
                    "tile '" + element.name() + "' failed: " + e, e), since(start));
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    static Map<String, String> values(DashboardDefinition dashboard, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (DashboardFilterDefinition filter : dashboard.filters()) {
            values.put(filter.name(), filter.defaultValue().orElse(""));
        }
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            Optional<DashboardFilterDefinition> filter = dashboard.filter(override.getKey())
                    .or(() -> dashboard.filters().stream()
                            .filter(candidate -> candidate.title().equals(Optional.of(override.getKey())))
                            .findFirst());
            if (filter.isEmpty()) {
                throw new TrailException(ErrorCode.QUERY_INVALID, "dashboard '" + dashboard.name()
                        + "' has no filter '" + override.getKey() + "'" + (dashboard.filters().isEmpty()
                        ? "" : "; its filters: " + String.join(", ", values.keySet())));
            }
            values.put(filter.get().name(), override.getValue());
        }
        return values;
    }
}
