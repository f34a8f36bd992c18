package io.trailscope.lookml.project;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.TrailException;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.dashboard.DashboardFile;
import io.trailscope.lookml.tree.LookmlFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded project: models, the manifest, every included LookML and dashboard file parsed once (keyed by path), the
 * warnings, and the errors (syntax errors, unsupported includes) of files that could not be used.
 */
public record LookmlProject(
        String root,
        List<ModelFile> models,
        Optional<LookmlFile> manifest,
        Map<String, LookmlFile> lookmlFiles,
        Map<String, DashboardFile> dashboardFiles,
        List<Diagnostic> diagnostics,
        List<TrailException> errors) {
    public LookmlProject {
        requireNonNull(root, "root is null");
        models = List.copyOf(models);
        requireNonNull(manifest, "manifest is null");
        lookmlFiles = Collections.unmodifiableMap(new LinkedHashMap<>(lookmlFiles));
        dashboardFiles = Collections.unmodifiableMap(new LinkedHashMap<>(dashboardFiles));
        diagnostics = List.copyOf(diagnostics);
        errors = List.copyOf(errors);
    }

    public Optional<ModelFile> model(String name) {
        return models.stream().filter(model -> model.name().equals(name)).findFirst();
    }

    /** The parsed LookML files a model includes, in include order (unparseable ones are left out). */
    public List<LookmlFile> includedLookml(ModelFile model) {
        List<LookmlFile> files = new ArrayList<>();
        for (String path : model.includedPaths()) {
            Optional.ofNullable(lookmlFiles.get(path)).ifPresent(files::add);
        }
        return List.copyOf(files);
    }

    /** The dashboard files a model includes, in include order. */
    public List<DashboardFile> includedDashboards(ModelFile model) {
        List<DashboardFile> files = new ArrayList<>();
        for (String path : model.includedPaths()) {
            Optional.ofNullable(dashboardFiles.get(path)).ifPresent(files::add);
        }
        return List.copyOf(files);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws the first error, if any, noting how many more there are. */
    public void throwIfErrors() {
        if (errors.isEmpty()) {
            return;
        }
        if (errors.size() == 1) {
            throw errors.get(0);
        }
        TrailException first = errors.get(0);
        throw new TrailException(first.errorCode(), first.detail() + "\n(and " + (errors.size() - 1) + " more errors)",
                first.location(), first);
    }
}
