package io.trailscope.block;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.dashboard.Connections;
import io.trailscope.dashboard.DashboardResult;
import io.trailscope.dashboard.DashboardRunner;
import io.trailscope.dashboard.Projects;
import io.trailscope.dashboard.QueryRunner;
import io.trailscope.dashboard.TileResult;
import io.trailscope.engine.EngineConfig;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.result.QueryResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in block's dashboards run by the real compiler ({@link DashboardRunner}) on a store. Every run passes
 * an explicit wide {@code Date} value, so the old dates of the corpus are covered whatever the defaults say.
 */
final class TestingDashboards implements AutoCloseable {
    static final String ALL_DATES = "after 2000/01/01";
    static final Clock NOW = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static SemanticProject project;

    private final Connections connections;
    private final DashboardRunner runner;

    TestingDashboards(Path store) {
        connections = new Connections(EngineConfig.empty(), store);
        runner = new DashboardRunner(new QueryRunner(project(), connections, NOW));
    }

    static synchronized SemanticProject project() {
        if (project == null) {
            project = Projects.load(Optional.empty());
        }
        return project;
    }

    static List<String> names() {
        return DashboardRunner.dashboards(project()).stream().map(DashboardDefinition::name).toList();
    }

    /** Runs a dashboard over all dates plus the given filter values. */
    DashboardResult run(String name, Map<String, String> filters) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Date", ALL_DATES);
        values.putAll(filters);
        return runner.run(DashboardRunner.find(project(), name), values);
    }

    /** A tile's rows as text (null stays null); fails when the tile failed. */
    static List<List<String>> rows(DashboardResult result, String title) {
        TileResult tile = result.tiles().stream()
                .filter(candidate -> !candidate.isText() && candidate.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(result.definition().name() + " has no tile " + title));
        assertThat(tile.error()).as(title).isEmpty();
        QueryResult rows = tile.result().orElseThrow();
        List<List<String>> text = new ArrayList<>();
        for (List<Object> row : rows.rows()) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(cell == null ? null : String.valueOf(cell)));
            text.add(cells);
        }
        return text;
    }

    /** A pivoted tile's column sums by pivot value ({@code measure|value} columns), e.g. event name to events. */
    static Map<String, Long> pivotSums(DashboardResult result, String title) {
        List<List<String>> rows = rows(result, title);
        List<String> columns = result.tiles().stream().filter(tile -> !tile.isText() && tile.title().equals(title))
                .findFirst().orElseThrow().result().orElseThrow().columns().stream().map(column -> column.name()).toList();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            int bar = columns.get(i).indexOf('|');
            if (bar > 0) {
                int column = i;
                sums.put(columns.get(i).substring(bar + 1), rows.stream().map(row -> row.get(column))
                        .filter(value -> value != null).mapToLong(Long::parseLong).sum());
            }
        }
        return sums;
    }

    static String single(DashboardResult result, String title) {
        List<List<String>> rows = rows(result, title);
        assertThat(rows).as(title).hasSize(1);
        assertThat(rows.get(0)).as(title).hasSize(1);
        return rows.get(0).get(0);
    }

    /** Column {@code key}'s value to column {@code value}'s, for tiles whose ties make the row order arbitrary. */
    static Map<String, String> map(List<List<String>> rows, int key, int value) {
        Map<String, String> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(row.get(key), row.get(value)));
        return map;
    }

    @Override
    public void close() {
        connections.close();
    }
}
