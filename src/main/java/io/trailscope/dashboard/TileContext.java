package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Explore;
import io.trailscope.model.Model;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.FieldResolver;
import io.trailscope.query.ResolvedField;
import java.util.Optional;

/** The model and explore a tile (or a dashboard filter) queries, and field resolution in it. */
record TileContext(Model model, Explore explore, FieldResolver resolver) {
    TileContext {
        requireNonNull(model, "model is null");
        requireNonNull(explore, "explore is null");
        requireNonNull(resolver, "resolver is null");
    }

    /** The named model (or the only one, when no name is given) and its explore; throws if either is missing. */
    static TileContext of(SemanticProject project, Optional<String> modelName, String exploreName) {
        Model model = model(project, modelName);
        Explore explore = model.explore(exploreName).orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID,
                "model '" + model.name() + "' has no explore '" + exploreName + "'"));
        model.exploreProblem(exploreName).ifPresent(problem -> {
            throw new TrailException(ErrorCode.QUERY_INVALID, "explore '" + exploreName + "' cannot be used: "
                    + problem);
        });
        return new TileContext(model, explore, new FieldResolver(model, explore));
    }

    /** For a dashboard filter: its explore, or the explore named like the view of its field. */
    static TileContext forField(SemanticProject project, Optional<String> modelName, Optional<String> exploreName,
            String field) {
        String explore = exploreName.orElse(field.contains(".") ? field.substring(0, field.indexOf('.')) : field);
        return of(project, modelName, explore);
    }

    static Model model(SemanticProject project, Optional<String> modelName) {
        if (modelName.isPresent()) {
            return project.model(modelName.get()).orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID,
                    "the project has no model '" + modelName.get() + "'"));
        }
        if (project.models().size() == 1) {
            return project.models().get(0);
        }
        throw new TrailException(ErrorCode.QUERY_INVALID, project.models().isEmpty()
                ? "the project has no model"
                : "name a model: the project has " + project.models().size());
    }

    ResolvedField resolve(String id) {
        return resolver.resolve(id);
    }

    ResolvedField select(String id) {
        return resolver.select(id);
    }
}
