package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.LookmlFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the top-level {@code view:} or {@code explore:} blocks of a model's files and resolves them into one block
 * per name: base definition, then refinements ({@code +name}) in include order, then {@code extends} (parents in
 * order, the child last; a parent's {@code extension: required} is not inherited).
 */
final class Definitions {
    private final String key;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Block> bases = new LinkedHashMap<>();
    private final Map<String, Block> resolved = new HashMap<>();

    private Definitions(String key, List<Diagnostic> diagnostics) {
        this.key = key;
        this.diagnostics = diagnostics;
    }

    static Map<String, Block> resolve(String key, List<LookmlFile> files, List<Diagnostic> diagnostics) {
        return new Definitions(key, diagnostics).run(files);
    }

    private Map<String, Block> run(List<LookmlFile> files) {
        List<Block> refinements = new ArrayList<>();
        for (LookmlFile file : files) {
            for (Block block : file.blocks(key)) {
                if (block.name().isEmpty() || block.targetName().orElse("").isEmpty()) {
                    diagnostics.add(Diagnostic.error(block.keySpan().start(), key + " has no name"));
                } else if (block.isRefinement()) {
                    refinements.add(block);
                } else {
                    Block previous = bases.putIfAbsent(block.name().get(), block);
                    if (previous != null) {
                        diagnostics.add(Diagnostic.error(block.nameSpan().orElseThrow().start(), key + " '"
                                + block.name().get() + "' is already defined at " + previous.keySpan().start()));
                    }
                }
            }
        }
        for (Block refinement : refinements) {
            String target = refinement.targetName().orElseThrow();
            Block base = bases.get(target);
            if (base == null) {
                diagnostics.add(Diagnostic.error(refinement.nameSpan().orElseThrow().start(),
                        "refinement '+" + target + "' refines no " + key + " named '" + target + "'"));
                continue;
            }
            bases.put(target, BlockMerge.overlay(base, refinement));
        }
        Map<String, Block> result = new LinkedHashMap<>();
        for (String name : bases.keySet()) {
            result.put(name, extended(name, new ArrayDeque<>()));
        }
        return result;
    }

    private Block extended(String name, Deque<String> path) {
        if (resolved.containsKey(name)) {
            return resolved.get(name);
        }
        Block block = bases.get(name);
        path.addLast(name);
        Block merged = null;
        for (String parentName : block.strings("extends")) {
            Optional<Block> parent = parent(block, parentName, path);
            if (parent.isPresent()) {
                Block inherited = BlockMerge.without(parent.get(), "extension", "extends");
                merged = merged == null ? inherited : BlockMerge.overlay(merged, inherited);
            }
        }
        path.removeLast();
        Block result = merged == null ? block : BlockMerge.withIdentityOf(BlockMerge.overlay(merged, block), block);
        resolved.put(name, result);
        return result;
    }

    private Optional<Block> parent(Block child, String parentName, Deque<String> path) {
        SourceLocation location = TreeLocations.itemLocation(child, "extends", parentName);
        if (!bases.containsKey(parentName)) {
            diagnostics.add(Diagnostic.error(location, key + " '" + child.name().orElseThrow() + "' extends '"
                    + parentName + "', which is not defined"));
            return Optional.empty();
        }
        if (path.contains(parentName)) {
            diagnostics.add(Diagnostic.error(location, "extends cycle: " + String.join(" -> ", path) + " -> "
                    + parentName));
            return Optional.empty();
        }
        return Optional.of(extended(parentName, path));
    }
}
