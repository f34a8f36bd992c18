package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds reference cycles ({@code a -> b -> a}; each reported once, at the use that closes it, with the whole path)
 * and spreads problems: a field that uses an unusable field is unusable too.
 */
final class FieldDependencies {
    private enum State { VISITING, DONE }

    private final FieldGraph graph;
    private final List<Diagnostic> diagnostics;
    private final Problems problems;
    private final Map<String, State> states = new HashMap<>();
    private final List<String> path = new ArrayList<>();

    private FieldDependencies(FieldGraph graph, List<Diagnostic> diagnostics, Problems problems) {
        this.graph = graph;
        this.diagnostics = diagnostics;
        this.problems = problems;
    }

    static void check(FieldGraph graph, List<Diagnostic> diagnostics, Problems problems) {
        FieldDependencies dependencies = new FieldDependencies(graph, diagnostics, problems);
        for (String node : graph.nodes()) {
            dependencies.visit(node);
        }
        dependencies.spread();
    }

    private void visit(String node) {
        if (states.containsKey(node)) {
            return;
        }
        states.put(node, State.VISITING);
        path.add(node);
        for (FieldGraph.Edge edge : graph.edges(node)) {
            State state = states.get(edge.target());
            if (state == State.VISITING) {
                cycle(node, edge);
            } else if (state == null) {
                visit(edge.target());
            }
        }
        path.remove(path.size() - 1);
        states.put(node, State.DONE);
    }

    private void cycle(String from, FieldGraph.Edge closing) {
        List<String> members = path.subList(path.indexOf(closing.target()), path.size());
        String route = String.join(" -> ", members) + " -> " + closing.target();
        Diagnostic diagnostic = Diagnostic.error(closing.location(), "reference cycle: " + route);
        problems.fail(from, diagnostic, diagnostics);
        for (String member : members) {
            problems.inherit(member, diagnostic.location() + ": reference cycle: " + route);
        }
    }

    /** Repeats until nothing changes: graphs are small (hundreds of fields), so a simple fixpoint is enough. */
    private void spread() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String node : graph.nodes()) {
                if (problems.has(node)) {
                    continue;
                }
                for (FieldGraph.Edge edge : graph.edges(node)) {
                    if (problems.has(edge.target())) {
                        problems.inherit(node, "uses '" + edge.target() + "', which cannot be used: "
                                + problems.get(edge.target()));
                        changed = true;
                        break;
                    }
                }
            }
        }
    }
}
