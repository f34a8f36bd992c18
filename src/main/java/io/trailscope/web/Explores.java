package io.trailscope.web;

import static java.util.Objects.requireNonNull;

import io.trailscope.model.Explore;
import io.trailscope.model.Model;
import io.trailscope.model.SemanticProject;
import java.util.List;
import java.util.Optional;

/** Finds the model and explore a request names; an unknown one is a 404. */
record Explores(Model model, Explore explore) {
    Explores {
        requireNonNull(model, "model is null");
        requireNonNull(explore, "explore is null");
    }

    /** The named model's explore, or, without a model, the explore of the only model that has it. */
    static Explores find(SemanticProject project, Optional<String> modelName, String exploreName) {
        if (modelName.isPresent()) {
            Model model = project.model(modelName.get()).orElseThrow(() -> ApiErrors.notFound(
                    "the project has no model '" + modelName.get() + "'"));
            Explore explore = model.explore(exploreName).orElseThrow(() -> ApiErrors.notFound(
                    "model '" + model.name() + "' has no explore '" + exploreName + "'"));
            return new Explores(model, explore);
        }
        List<Model> having = project.models().stream().filter(model -> model.explores().containsKey(exploreName))
                .toList();
        if (having.isEmpty()) {
            throw ApiErrors.notFound("no model has an explore '" + exploreName + "'");
        }
        if (having.size() > 1) {
            throw ApiErrors.badRequest("explore '" + exploreName + "' is in several models ("
                    + String.join(", ", having.stream().map(Model::name).toList()) + "): name the model");
        }
        return new Explores(having.get(0), having.get(0).explores().get(exploreName));
    }
}
