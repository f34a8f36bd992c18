package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Finds reference cycles ({@code a -> b -> a}; each reported once, at the use that closes it, with its path) and
 * spreads problems: a field that uses an unusable field is unusable too. Both walks are iterative, so a chain of
 * tens of thousands of fields cannot overflow the stack.
 */
final class FieldDependencies {
    private static final int SHOWN_PATH = 12;

    private enum State { VISITING, DONE }

    private final FieldGraph graph;
    private final List<Diagnostic> diagnostics;
    private final Problems problems;
    private final Map<String, State> states = new HashMap<>();

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

    /** Depth-first from {@code start} with an explicit stack of (node, remaining edges). */
    private void visit(String start) {
        if (states.containsKey(start)) {
            return;
        }
        List<String> path = new ArrayList<>();
        Deque<Iterator<FieldGraph.Edge>> pending = new ArrayDeque<>();
        states.put(start, State.VISITING);
        path.add(start);
        pending.push(graph.edges(start).iterator());
        while (!pending.isEmpty()) {
            Iterator<FieldGraph.Edge> edges = pending.peek();
            if (!edges.hasNext()) {
                pending.pop();
                states.put(path.remove(path.size() - 1), State.DONE);
                continue;
            }
            FieldGraph.Edge edge = edges.next();
            State state = states.get(edge.target());
            if (state == State.VISITING) {
                cycle(path, edge);
            } else if (state == null) {
                states.put(edge.target(), State.VISITING);
                path.add(edge.target());
                pending.push(graph.edges(edge.target()).iterator());
            }
        }
    }

    private void cycle(List<String> path, FieldGraph.Edge closing) {
        List<String> members = path.subList(path.indexOf(closing.target()), path.size());
        String route = route(members, closing.target());
        Diagnostic diagnostic = Diagnostic.error(closing.location(), "reference cycle: " + route);
        problems.fail(path.get(path.size() - 1), diagnostic, diagnostics);
        for (String member : members) {
            problems.inherit(member, diagnostic.location() + ": reference cycle: " + route);
        }
    }

    /** The cycle as {@code a -> b -> a}; a very long one shows its start and end only. */
    private static String route(List<String> members, String closing) {
        if (members.size() <= SHOWN_PATH) {
            return String.join(" -> ", members) + " -> " + closing;
        }
        return String.join(" -> ", members.subList(0, SHOWN_PATH - 2)) + " -> ... (" + (members.size()
                - SHOWN_PATH + 1) + " more) -> " + members.get(members.size() - 1) + " -> " + closing;
    }

    /** Breadth-first over the reverse graph from every unusable field. */
    private void spread() {
        Map<String, List<String>> users = new HashMap<>();
        for (String node : graph.nodes()) {
            for (FieldGraph.Edge edge : graph.edges(node)) {
                users.computeIfAbsent(edge.target(), key -> new ArrayList<>()).add(node);
            }
        }
        Deque<String> queue = new ArrayDeque<>();
        for (String node : graph.nodes()) {
            if (problems.has(node)) {
                queue.add(node);
            }
        }
        while (!queue.isEmpty()) {
            String broken = queue.poll();
            for (String user : users.getOrDefault(broken, List.of())) {
                if (!problems.has(user)) {
                    problems.inherit(user, "uses '" + broken + "', which cannot be used: " + problems.get(broken));
                    queue.add(user);
                }
            }
        }
    }
}
