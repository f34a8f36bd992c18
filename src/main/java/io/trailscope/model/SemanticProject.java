package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.Severity;
import io.trailscope.lookml.project.LookmlProject;
import java.util.List;
import java.util.Optional;

/** Every model of a project, resolved, with all diagnostics: loading, keys, and model resolution. */
public record SemanticProject(LookmlProject lookml, List<Model> models, List<Diagnostic> diagnostics) {
    public SemanticProject {
        requireNonNull(lookml, "lookml is null");
        models = List.copyOf(models);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Model> model(String name) {
        return models.stream().filter(model -> model.name().equals(name)).findFirst();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(diagnostic -> diagnostic.severity() == Severity.ERROR);
    }
}
