package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks what view sources reference: only {@code ${view.SQL_TABLE_NAME}} makes sense in a {@code sql_table_name}
 * or derived table, the view must exist, and derived tables must not use each other in a cycle.
 */
final class SourceChecks {
    private SourceChecks() {}

    static void check(Map<String, View> views, List<Diagnostic> diagnostics, Problems problems) {
        FieldGraph uses = new FieldGraph();
        for (View view : views.values()) {
            SqlTemplate template = source(view);
            uses.node(view.name());
            for (SqlReference reference : template.references()) {
                String key = Model.viewKey(view.name());
                if (!reference.isSqlTableName()) {
                    problems.fail(key, Diagnostic.error(reference.location(), "'${" + reference.written()
                            + "}' cannot be used in the table of view '" + view.name()
                            + "'; only ${view.SQL_TABLE_NAME} can"), diagnostics);
                } else if (!views.containsKey(reference.view().orElseThrow())) {
                    problems.fail(key, Diagnostic.error(reference.location(), "'${" + reference.written()
                            + "}' names view '" + reference.view().orElseThrow() + "', which is not defined"),
                            diagnostics);
                } else {
                    uses.edge(view.name(), reference.view().orElseThrow(), reference.location());
                }
            }
        }
        // Each cycle is reported once: from its alphabetically first view.
        for (String start : uses.nodes()) {
            cycleFrom(start, uses, new ArrayList<>(), diagnostics, problems);
        }
    }

    static SqlTemplate source(View view) {
        if (view.source() instanceof DerivedTableSource derived) {
            return derived.sql();
        }
        return ((SqlTableSource) view.source()).table();
    }

    private static void cycleFrom(String view, FieldGraph uses, List<String> path, List<Diagnostic> diagnostics,
            Problems problems) {
        if (path.contains(view)) {
            boolean smallestFirst = path.stream().allMatch(member -> member.compareTo(view) >= 0);
            if (path.get(0).equals(view) && smallestFirst) {
                String route = String.join(" -> ", path) + " -> " + view;
                FieldGraph.Edge closing = uses.edges(path.get(path.size() - 1)).stream()
                        .filter(edge -> edge.target().equals(view)).findFirst().orElseThrow();
                problems.fail(Model.viewKey(path.get(0)), Diagnostic.error(closing.location(),
                        "derived table cycle: " + route), diagnostics);
            }
            return;
        }
        path.add(view);
        for (FieldGraph.Edge edge : uses.edges(view)) {
            cycleFrom(edge.target(), uses, path, diagnostics, problems);
        }
        path.remove(path.size() - 1);
    }
}
