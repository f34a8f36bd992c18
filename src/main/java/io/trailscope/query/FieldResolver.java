package io.trailscope.query;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Explore;
import io.trailscope.model.Field;
import io.trailscope.model.FilterOnlyField;
import io.trailscope.model.Model;
import io.trailscope.model.View;
import java.util.Comparator;
import java.util.Optional;

/**
 * Resolves {@code alias.field} ids in an explore, refusing what the explore cannot offer: unknown views or fields
 * (with the closest name as a hint), fields hidden by {@code fields:}, and broken fields or joins (with the model's
 * problem, which points at the LookML).
 */
public final class FieldResolver {
    private final Model model;
    private final Explore explore;

    public FieldResolver(Model model, Explore explore) {
        this.model = requireNonNull(model, "model is null");
        this.explore = requireNonNull(explore, "explore is null");
    }

    public Model model() {
        return model;
    }

    public Explore explore() {
        return explore;
    }

    /** A field to select or sort on; filter-only fields are refused. */
    public ResolvedField select(String id) {
        ResolvedField resolved = resolve(id);
        if (resolved.field() instanceof FilterOnlyField) {
            throw unknown("'" + id + "' is a filter-only field; it can be filtered on, not selected");
        }
        return resolved;
    }

    /** A field to filter on (filter-only fields allowed). */
    public ResolvedField resolve(String id) {
        Optional<ResolvedField> found = find(id);
        if (found.isPresent()) {
            return found.get();
        }
        int dot = id.indexOf('.');
        if (dot <= 0 || dot == id.length() - 1) {
            throw unknown("'" + id + "' is not a field id: write view.field");
        }
        String alias = id.substring(0, dot);
        String name = id.substring(dot + 1);
        String viewName = explore.aliases().get(alias);
        if (viewName == null) {
            throw unknown("explore '" + explore.name() + "' has no view '" + alias + "' (it has "
                    + String.join(", ", explore.aliases().keySet()) + ")");
        }
        View view = model.view(viewName).orElseThrow(() -> unusable(model.joinProblem(explore.name(), alias)
                .orElse("view '" + viewName + "' is not defined")));
        throw unknown("view '" + alias + "' has no field '" + name + "'" + hint(view, name));
    }

    /** The field, if it exists and can be used; throws for a broken field or join, empty if it does not exist. */
    public Optional<ResolvedField> find(String id) {
        int dot = id.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String alias = id.substring(0, dot);
        String viewName = explore.aliases().get(alias);
        if (viewName == null) {
            return Optional.empty();
        }
        Optional<Field> field = model.field(viewName, id.substring(dot + 1));
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (!explore.exposes(id)) {
            throw unknown("'" + id + "' is not available in explore '" + explore.name() + "' (its fields: list)");
        }
        Optional<String> problem = model.joinProblem(explore.name(), alias)
                .or(() -> model.fieldProblem(field.get().id()))
                .or(() -> model.viewProblem(viewName));
        if (problem.isPresent()) {
            throw unusable("'" + id + "' cannot be used: " + problem.get());
        }
        return Optional.of(new ResolvedField(alias, field.get()));
    }

    private static String hint(View view, String name) {
        return view.fields().keySet().stream()
                .min(Comparator.comparingInt(candidate -> EditDistance.between(candidate, name)))
                .filter(candidate -> EditDistance.between(candidate, name) <= Math.max(2, name.length() / 5))
                .map(candidate -> "; did you mean '" + view.name() + "." + candidate + "'?")
                .orElse("");
    }

    private static TrailException unknown(String message) {
        return new TrailException(ErrorCode.QUERY_UNKNOWN_FIELD, message);
    }

    private static TrailException unusable(String message) {
        return new TrailException(ErrorCode.QUERY_INVALID, message);
    }
}
