package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.check.KeyCheck;
import io.trailscope.lookml.project.LookmlProject;
import io.trailscope.lookml.project.ModelFile;
import io.trailscope.lookml.tree.LookmlFile;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point: resolves every model of a loaded project into a {@link SemanticProject}. Never throws for bad LookML:
 * every problem becomes a diagnostic (and, where a field, view, explore or join is unusable, a model problem).
 */
public final class ModelResolver {
    private ModelResolver() {}

    public static SemanticProject resolve(LookmlProject project) {
        List<Diagnostic> diagnostics = new ArrayList<>(project.diagnostics());
        for (TrailException error : project.errors()) {
            SourceLocation location = error.location().orElse(SourceLocation.of(project.root()));
            diagnostics.add(Diagnostic.error(location, error.detail().lines().findFirst().orElse("")));
        }
        diagnostics.addAll(KeyCheck.check(project));
        List<Model> models = new ArrayList<>();
        for (ModelFile modelFile : project.models()) {
            models.add(resolve(project, modelFile, diagnostics));
        }
        return new SemanticProject(project, models, sorted(diagnostics));
    }

    private static Model resolve(LookmlProject project, ModelFile modelFile, List<Diagnostic> diagnostics) {
        List<LookmlFile> files = new ArrayList<>(project.includedLookml(modelFile));
        files.add(modelFile.file());
        Map<String, ViewDraft> drafts = new LinkedHashMap<>();
        Definitions.resolve("view", files, diagnostics)
                .forEach((name, block) -> drafts.put(name, ViewBuilder.build(block, diagnostics)));
        FieldLists lists = new FieldLists(drafts, diagnostics);
        Map<String, View> views = DrillFields.apply(drafts, lists);
        Problems problems = new Problems();
        SourceChecks.check(views, diagnostics, problems);
        FieldDependencies.check(ViewChecks.check(views, diagnostics, problems), diagnostics, problems);
        Map<String, Explore> explores = new LinkedHashMap<>();
        Definitions.resolve("explore", files, diagnostics).forEach((name, block) -> explores.put(name,
                ExploreChecks.check(ExploreBuilder.build(block, diagnostics), block, views, lists, diagnostics,
                        problems)));
        LookmlFile file = modelFile.file();
        return new Model(modelFile.name(), file.path(), file.scalar("connection"), views, explores,
                weekStart(file, diagnostics), fiscalOffset(file, diagnostics),
                file.yesNo("case_sensitive").orElse(true), problems.all(), SourceLocation.of(file.path()));
    }

    private static DayOfWeek weekStart(LookmlFile file, List<Diagnostic> diagnostics) {
        Optional<String> written = file.scalar("week_start_day");
        if (written.isEmpty()) {
            return DayOfWeek.MONDAY;
        }
        try {
            return DayOfWeek.valueOf(written.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(file, "week_start_day").orElseThrow(),
                    "week_start_day must be a day name such as monday, not '" + written.get() + "'"));
            return DayOfWeek.MONDAY;
        }
    }

    private static int fiscalOffset(LookmlFile file, List<Diagnostic> diagnostics) {
        Optional<String> written = file.scalar("fiscal_month_offset");
        if (written.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(written.get().strip());
            if (offset >= -11 && offset <= 11) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(file, "fiscal_month_offset").orElseThrow(),
                "fiscal_month_offset must be a whole number from -11 to 11, not '" + written.get() + "'"));
        return 0;
    }

    /** By file, line, column; duplicates (a view file included by two models) reported once. */
    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> unique = new ArrayList<>(new LinkedHashSet<>(diagnostics));
        unique.sort(Comparator.comparing((Diagnostic diagnostic) -> diagnostic.location().file())
                .thenComparingInt(diagnostic -> diagnostic.location().line())
                .thenComparingInt(diagnostic -> diagnostic.location().column()));
        return unique;
    }
}
