package io.trailscope.dashboard;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.ElementQuery;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.FieldKinds;
import io.trailscope.query.ResolvedField;
import io.trailscope.query.SortSpec;
import io.trailscope.query.TableCalculation;
import io.trailscope.query.calc.CalcParser;
import io.trailscope.query.filter.FilterExpressions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks one query tile; see {@link DashboardCheck} for what is an error and what a warning. */
final class TileCheck {
    /** Chart types whose series are the query's columns (measures, table calculations, pivoted columns). */
    private static final Set<String> COLUMN_SERIES = Set.of("looker_column", "looker_bar", "looker_line",
            "looker_area", "looker_scatter");
    private final SemanticProject project;
    private final DashboardDefinition dashboard;
    private final DashboardElement element;
    private final ElementQuery query;
    private final List<Diagnostic> diagnostics;
    private final Set<String> selected = new HashSet<>();
    private TileContext context;

    TileCheck(SemanticProject project, DashboardDefinition dashboard, DashboardElement element,
            List<Diagnostic> diagnostics) {
        this.project = project;
        this.dashboard = dashboard;
        this.element = element;
        this.query = element.query();
        this.diagnostics = diagnostics;
    }

    void run() {
        try {
            context = TileContext.of(project, query.model(), query.explore().orElseThrow());
        } catch (TrailException e) {
            error(query.model().isPresent() ? "model" : "explore", e.detail());
            return;
        }
        for (String field : query.fields()) {
            resolve(field, "fields", true).ifPresent(resolved -> selected.add(resolved.id()));
        }
        List<TableCalculation> calculations = TileQueries.calculations(query.dynamicFields());
        calculations.forEach(calculation -> selected.add(calculation.name()));
        lists();
        filters();
        calculations.forEach(this::calculation);
        series();
        if (element.visual().containsKey("label")) {
            // Looker keeps unknown tile keys from exported visual settings and shows the tile's title.
            warning("label", "'label' is not a tile setting (the tile's heading is its 'title'); it is ignored");
        }
    }

    private void lists() {
        for (String pivot : query.pivots()) {
            resolve(pivot, "pivots", true).filter(found -> !selected.contains(found.id()))
                    .ifPresent(found -> warning("pivots", "pivot '" + pivot + "' is not among the tile's fields"));
        }
        for (String fill : query.fillFields()) {
            resolve(fill, "fill_fields", true).filter(found -> !selected.contains(found.id()))
                    .ifPresent(found -> warning("fill_fields", "fill field '" + fill + "' is not among the tile's"
                            + " fields"));
        }
        for (String sort : query.sorts()) {
            try {
                String field = SortSpec.parse(sort).field();
                if (!selected.contains(field) && resolve(field, "sorts", true).isPresent()) {
                    // Looker ignores a sort on a field outside the query; so does the planner.
                    warning("sorts", "sort on '" + field + "', which the tile does not select, is ignored");
                }
            } catch (TrailException e) {
                error("sorts", e.detail());
            }
        }
        for (String hidden : query.hiddenFields()) {
            if (!selected.contains(hidden)) {
                resolve(hidden, "hidden_fields", true);
            }
        }
    }

    private void filters() {
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            resolve(filter.getKey(), "filters", false).ifPresent(field -> expression(field, filter.getValue()));
        }
        for (Map.Entry<String, String> listen : query.listen().entrySet()) {
            if (dashboard.filter(listen.getKey()).isEmpty()) {
                error("listen", "listens to dashboard filter '" + listen.getKey() + "', which does not exist");
            }
            resolve(listen.getValue(), "listen", false);
        }
    }

    private void expression(ResolvedField field, String expression) {
        try {
            FilterExpressions.parse(expression, FieldKinds.filterKind(field.field()));
        } catch (TrailException e) {
            error("filters", "filter on '" + field.id() + "': " + e.detail());
        }
    }

    private void calculation(TableCalculation calculation) {
        String prefix = "table calculation '" + calculation.name() + "'";
        try {
            for (String reference : CalcParser.references(CalcParser.parse(calculation.expression()))) {
                if (selected.contains(reference)) {
                    continue;
                }
                try {
                    context.resolve(reference);
                    error("dynamic_fields", prefix + " uses '${" + reference + "}', which the tile does not select");
                } catch (TrailException e) {
                    error("dynamic_fields", prefix + " uses '${" + reference + "}': " + e.detail());
                }
            }
        } catch (TrailException e) {
            error("dynamic_fields", prefix + ": " + e.detail());
        }
    }

    /**
     * Series ids in visual settings that name a field of the explore (view.field) must exist. An id without a view
     * can only be a table calculation or custom field of the tile, or a pivot value; on a chart whose series are
     * its columns, anything else is a leftover that Looker ignores. (A pie's series are its rows' values.)
     */
    private void series() {
        for (String key : List.of("series_colors", "series_types", "series_labels")) {
            if (element.visual().get(key) instanceof Map<?, ?> series) {
                for (Object id : series.keySet()) {
                    seriesId(String.valueOf(id), key);
                }
            }
        }
        if (element.visual().get("y_axes") instanceof List<?> axes) {
            for (Object axis : axes) {
                if (axis instanceof Map<?, ?> map && map.get("series") instanceof List<?> series) {
                    for (Object entry : series) {
                        if (entry instanceof Map<?, ?> item && item.get("id") != null) {
                            seriesId(String.valueOf(item.get("id")), "y_axes");
                        }
                    }
                }
            }
        }
    }

    private void seriesId(String id, String key) {
        int dot = id.indexOf('.');
        if (dot < 0 && query.pivots().isEmpty() && COLUMN_SERIES.contains(element.type().orElse(""))
                && !TileQueries.dynamicFieldNames(query.dynamicFields()).contains(id)) {
            warning(key, key + " names '" + id + "', which is no series of this tile (no field, table calculation"
                    + " or pivot of that name); it is ignored");
            return;
        }
        if (dot <= 0 || selected.contains(id) || !context.explore().aliases().containsKey(id.substring(0, dot))) {
            return;
        }
        try {
            if (context.resolver().find(id).isEmpty()) {
                warning(key, key + " names '" + id + "', which is not a field of the model");
            }
        } catch (TrailException e) {
            warning(key, key + " names '" + id + "': " + e.detail());
        }
    }

    private Optional<ResolvedField> resolve(String id, String key, boolean select) {
        try {
            return Optional.of(select ? context.select(id) : context.resolve(id));
        } catch (TrailException e) {
            error(key, key + " names '" + id + "': " + e.detail());
            return Optional.empty();
        }
    }

    private void error(String key, String message) {
        diagnostics.add(Diagnostic.error(location(key), prefix() + message));
    }

    private void warning(String key, String message) {
        diagnostics.add(Diagnostic.warning(location(key), prefix() + message));
    }

    private SourceLocation location(String key) {
        return element.locationOf(key);
    }

    private String prefix() {
        return "dashboard '" + dashboard.name() + "' tile '" + element.title().orElse(element.name()) + "': ";
    }
}
