package io.trailscope.dashboard;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.Severity;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.ModelCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Everything {@code validate} reports: loading and key warnings, model resolution, query-level model checks
 * (timeframes, filter expressions) and dashboards, sorted by file, line and column, each once.
 */
public final class ProjectValidation {
    private ProjectValidation() {}

    public static List<Diagnostic> validate(SemanticProject project) {
        List<Diagnostic> all = new ArrayList<>(project.diagnostics());
        all.addAll(ModelCheck.check(project));
        all.addAll(DashboardCheck.check(project));
        List<Diagnostic> unique = new ArrayList<>(new LinkedHashSet<>(all));
        unique.sort(Comparator.comparing((Diagnostic diagnostic) -> diagnostic.location().file())
                .thenComparingInt(diagnostic -> diagnostic.location().line())
                .thenComparingInt(diagnostic -> diagnostic.location().column()));
        return List.copyOf(unique);
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }
}
