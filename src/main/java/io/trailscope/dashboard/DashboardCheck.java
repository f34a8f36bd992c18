package io.trailscope.dashboard;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.DashboardFile;
import io.trailscope.lookml.dashboard.DashboardFilterDefinition;
import io.trailscope.model.SemanticProject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every dashboard of a project against its models: each query tile's model, explore, fields, pivots, fill
 * fields, sorts, filters, listeners, hidden fields and table calculations, and each dashboard filter. A reference to
 * a field that does not exist is an error; harmless leftovers (a date filter's unused {@code field}, series ids in
 * visual settings, a sort on a field the tile does not select) are warnings.
 */
public final class DashboardCheck {
    private DashboardCheck() {}

    public static List<Diagnostic> check(SemanticProject project) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (DashboardFile file : project.lookml().dashboardFiles().values()) {
            for (DashboardDefinition dashboard : file.dashboards()) {
                for (DashboardFilterDefinition filter : dashboard.filters()) {
                    filter(project, dashboard, filter, diagnostics);
                }
                for (DashboardElement element : dashboard.elements()) {
                    if (element.hasQuery()) {
                        new TileCheck(project, dashboard, element, diagnostics).run();
                    }
                }
            }
        }
        return List.copyOf(diagnostics);
    }

    private static void filter(SemanticProject project, DashboardDefinition dashboard,
            DashboardFilterDefinition filter, List<Diagnostic> diagnostics) {
        boolean dateFilter = filter.type().filter(DashboardFilterDefinition.DATE_FILTER::equals).isPresent();
        Optional<TileContext> context = Optional.empty();
        if (filter.field().isPresent()) {
            SourceLocation location = filter.locationOf("field");
            try {
                TileContext found = TileContext.forField(project, filter.model(), filter.explore(),
                        filter.field().get());
                found.resolve(filter.field().get());
                context = Optional.of(found);
            } catch (TrailException e) {
                String message = "dashboard filter '" + filter.name() + "' names field '" + filter.field().get()
                        + "': " + e.detail();
                if (dateFilter) {
                    diagnostics.add(Diagnostic.warning(location, message
                            + " (unused: a date filter reaches tiles only through their listen)"));
                } else {
                    diagnostics.add(Diagnostic.error(location, message));
                }
            }
        }
        if (filter.defaultValue().isPresent()) {
            try {
                FilterValues.parse(filter, filter.defaultValue().get(), context);
            } catch (TrailException e) {
                diagnostics.add(Diagnostic.error(filter.locationOf("default_value"), "default_value of dashboard"
                        + " filter '" + filter.name() + "' is not a valid filter expression: " + e.detail()));
            }
        }
    }
}
