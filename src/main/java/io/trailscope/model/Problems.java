package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Why fields, explores and joins cannot be used: the first problem of each, as {@code file:line:col: message}. */
final class Problems {
    private final Map<String, String> byId = new LinkedHashMap<>();

    /** Records the problem of {@code id} (first one wins) and reports it. */
    void fail(String id, Diagnostic diagnostic, List<Diagnostic> diagnostics) {
        diagnostics.add(diagnostic);
        byId.putIfAbsent(id, diagnostic.location() + ": " + diagnostic.message());
    }

    /** Records a problem without a diagnostic of its own (it follows from another, already reported). */
    void inherit(String id, String message) {
        byId.putIfAbsent(id, message);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    String get(String id) {
        return byId.get(id);
    }

    Map<String, String> all() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }
}
