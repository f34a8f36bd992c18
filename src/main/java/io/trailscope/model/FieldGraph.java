package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which field uses which (through {@code ${...}}, measure filters and list fields), with where each use is written. */
final class FieldGraph {
    /** A use of field {@code target} written at {@code location}. */
    record Edge(String target, SourceLocation location) {}

    private final Map<String, List<Edge>> edges = new LinkedHashMap<>();

    void node(String id) {
        edges.computeIfAbsent(id, key -> new ArrayList<>());
    }

    void edge(String from, String to, SourceLocation location) {
        node(from);
        edges.get(from).add(new Edge(to, location));
    }

    List<String> nodes() {
        return List.copyOf(edges.keySet());
    }

    List<Edge> edges(String from) {
        return edges.getOrDefault(from, List.of());
    }
}
