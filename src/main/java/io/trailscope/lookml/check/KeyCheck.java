package io.trailscope.lookml.check;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.project.LookmlProject;
import io.trailscope.lookml.project.ModelFile;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.Container;
import io.trailscope.lookml.tree.LookmlFile;
import io.trailscope.lookml.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings about keys, never errors: unknown keys ({@code file:line:col: warning: unknown key 'x' in dimension 'y'})
 * and a non-repeatable key given twice in one block (the accessors use the last one).
 */
public final class KeyCheck {
    private KeyCheck() {}

    public static List<Diagnostic> check(LookmlFile file) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        visit(file, "at the top level", diagnostics);
        return List.copyOf(diagnostics);
    }

    /** Checks every parsed LookML file of a project: models, manifest, included files. */
    public static List<Diagnostic> check(LookmlProject project) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (ModelFile model : project.models()) {
            diagnostics.addAll(check(model.file()));
        }
        project.manifest().ifPresent(manifest -> diagnostics.addAll(check(manifest)));
        for (LookmlFile file : project.lookmlFiles().values()) {
            diagnostics.addAll(check(file));
        }
        return List.copyOf(diagnostics);
    }

    private static void visit(Container container, String where, List<Diagnostic> diagnostics) {
        Map<String, Node> seen = new HashMap<>();
        for (Node node : container.children()) {
            String key = node.key();
            if (!KnownKeys.isKnown(key)) {
                diagnostics.add(Diagnostic.warning(node.keySpan().start(), "unknown key '" + key + "' " + where));
            } else if (!KnownKeys.isRepeatable(key) && seen.containsKey(key)) {
                Node first = seen.get(key);
                diagnostics.add(Diagnostic.warning(node.keySpan().start(), "'" + key + "' is repeated " + where
                        + " (first at line " + first.keySpan().line() + "); the last one wins"));
            }
            seen.putIfAbsent(key, node);
            if (node instanceof Block block) {
                visit(block, "in " + block.describe(), diagnostics);
            }
        }
    }
}
