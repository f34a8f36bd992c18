package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import java.util.List;
import java.util.Map;

/** Builds projects from text for model tests. */
final class TestingModels {
    private TestingModels() {}

    static SemanticProject project(Map<String, String> files) {
        return ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("test", files)));
    }

    /** A project with one model {@code m} (connection {@code c}, including every view) and one view file. */
    static SemanticProject withView(String explores, String views) {
        return project(Map.of("m.model.lkml", "connection: \"c\"\ninclude: \"*.view\"\n" + explores,
                "v.view.lkml", views));
    }

    static Model model(SemanticProject project) {
        return project.models().get(0);
    }

    static List<String> messages(SemanticProject project) {
        return project.diagnostics().stream().map(Diagnostic::toString).toList();
    }
}
