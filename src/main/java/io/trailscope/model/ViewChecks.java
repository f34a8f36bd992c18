package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves every {@code ${...}} of every field, measure filter and list field of a model's views. Each problem is an
 * error diagnostic pointing at the reference, and a problem of the field (the query layer refuses such fields).
 */
final class ViewChecks {
    private final Map<String, View> views;
    private final List<Diagnostic> diagnostics;
    private final Problems problems;
    private final FieldGraph graph = new FieldGraph();

    private ViewChecks(Map<String, View> views, List<Diagnostic> diagnostics, Problems problems) {
        this.views = views;
        this.diagnostics = diagnostics;
        this.problems = problems;
    }

    /** Checks references and returns the graph of uses, for cycle detection and problem propagation. */
    static FieldGraph check(Map<String, View> views, List<Diagnostic> diagnostics, Problems problems) {
        ViewChecks checks = new ViewChecks(views, diagnostics, problems);
        for (View view : views.values()) {
            checks.view(view);
        }
        return checks.graph;
    }

    private void view(View view) {
        int primaryKeys = 0;
        for (Field field : view.fields().values()) {
            graph.node(field.id());
            if (field instanceof Dimension dimension) {
                dimension.templates().forEach(template -> template(field, template, false));
                if (dimension.primaryKey() && ++primaryKeys == 2) {
                    diagnostics.add(Diagnostic.error(field.info().location(), "view '" + view.name()
                            + "' has a second primary key '" + field.name() + "'; only one is allowed"));
                }
            } else if (field instanceof Measure measure) {
                measure.templates().forEach(template -> template(field, template, true));
                measure.filters().forEach(filter -> dimensionUse(field, filter.field(), filter.location(), "filters"));
                measure.listField().ifPresent(list -> dimensionUse(field, list, measure.info().location(), "list_field"));
            } else if (field instanceof FilterOnlyField filter) {
                filter.sql().ifPresent(template -> template(field, template, false));
            }
        }
    }

    private void template(Field owner, SqlTemplate template, boolean measureSql) {
        for (SqlReference reference : template.references()) {
            if (reference.isTable()) {
                continue;
            }
            String viewName = reference.viewOr(owner.view());
            if (!views.containsKey(viewName)) {
                fail(owner, reference, "'${" + reference.written() + "}' names view '" + viewName
                        + "', which is not defined in this model");
                continue;
            }
            if (reference.isSqlTableName()) {
                continue;
            }
            Optional<Field> target = views.get(viewName).field(reference.name());
            if (target.isEmpty()) {
                fail(owner, reference, "'${" + reference.written() + "}' names no field: view '" + viewName
                        + "' has no field '" + reference.name() + "'");
            } else if (target.get() instanceof FilterOnlyField) {
                fail(owner, reference, "'${" + reference.written() + "}' names a filter-only field; use it through"
                        + " a templated filter (Liquid), which trailscope does not support");
            } else if (target.get() instanceof Measure && !measureSql) {
                fail(owner, reference, "'${" + reference.written() + "}' names a measure, but "
                        + describe(owner) + " can only use dimensions");
            } else {
                graph.edge(owner.id(), target.get().id(), reference.location());
            }
        }
    }

    /** A measure filter or list field: a dimension of the same view, or {@code view.dimension}. */
    private void dimensionUse(Field owner, String written, SourceLocation location, String key) {
        String viewName = written.contains(".") ? written.substring(0, written.indexOf('.')) : owner.view();
        String name = written.substring(written.indexOf('.') + 1);
        Optional<Field> target = Optional.ofNullable(views.get(viewName)).flatMap(view -> view.field(name));
        if (target.isEmpty()) {
            problems.fail(owner.id(), Diagnostic.error(location, key + " of " + describe(owner) + " names '"
                    + written + "', which is not a field of view '" + viewName + "'"), diagnostics);
        } else if (!(target.get() instanceof Dimension)) {
            problems.fail(owner.id(), Diagnostic.error(location, key + " of " + describe(owner) + " names '"
                    + written + "', which is not a dimension"), diagnostics);
        } else {
            graph.edge(owner.id(), target.get().id(), location);
        }
    }

    private void fail(Field owner, SqlReference reference, String message) {
        problems.fail(owner.id(), Diagnostic.error(reference.location(), message), diagnostics);
    }

    static String describe(Field field) {
        if (field instanceof Measure) {
            return "measure '" + field.id() + "'";
        }
        if (field instanceof Dimension) {
            return "dimension '" + field.id() + "'";
        }
        return "filter '" + field.id() + "'";
    }
}
