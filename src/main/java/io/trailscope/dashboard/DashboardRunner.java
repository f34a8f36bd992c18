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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Runs a dashboard; {@code overrides} maps filter names (or titles) to filter expressions. */
    public DashboardResult run(DashboardDefinition dashboard, Map<String, String> overrides) {
        Map<String, String> values = values(dashboard, overrides);
        List<TileResult> tiles = new ArrayList<>();
        for (DashboardElement element : dashboard.elements()) {
            tiles.add(element.hasQuery() ? tile(dashboard, element, values) : TileResult.text(element));
        }
        return new DashboardResult(dashboard, values, tiles);
    }

    private TileResult tile(DashboardDefinition dashboard, DashboardElement element, Map<String, String> values) {
        try {
            List<String> notes = new ArrayList<>();
            QueryRequest request = TileRequests.of(dashboard, element, values, notes);
            QueryResult result = runner.run(request);
            List<String> allNotes = new ArrayList<>(notes);
            allNotes.addAll(result.notes());
            return TileResult.of(element, Results.without(result, new HashSet<>(element.query().hiddenFields()),
                    allNotes));
        } catch (TrailException e) {
            return TileResult.failed(element, e.getMessage());
        }
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
