package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.Diagnostic;
import java.util.List;

/** A parsed {@code .dashboard.lookml} file: usually one dashboard, plus the warnings met while reading it. */
public record DashboardFile(String path, List<DashboardDefinition> dashboards, List<Diagnostic> diagnostics) {
    public DashboardFile {
        requireNonNull(path, "path is null");
        dashboards = List.copyOf(dashboards);
        diagnostics = List.copyOf(diagnostics);
    }
}
