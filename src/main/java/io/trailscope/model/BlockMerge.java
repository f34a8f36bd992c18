package io.trailscope.model;

import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lays one block over another, as refinements and {@code extends} do: a named child block ({@code dimension: x})
 * merges into the base's block of the same key and name; any other entry replaces every base entry with its key
 * (so a repeated key such as old-style {@code filters: {...}} is replaced as a whole, not appended to).
 */
final class BlockMerge {
    private BlockMerge() {}

    static Block overlay(Block base, Block overlay) {
        List<Node> merged = new ArrayList<>(base.children());
        Set<String> replacedKeys = new HashSet<>();
        for (Node child : overlay.children()) {
            if (child instanceof Block block && block.name().isPresent()) {
                int at = indexOfNamed(merged, block.key(), block.name().get());
                if (at >= 0) {
                    merged.set(at, overlay((Block) merged.get(at), block));
                } else {
                    merged.add(block);
                }
                continue;
            }
            if (replacedKeys.add(child.key())) {
                merged.removeIf(node -> node.key().equals(child.key()) && !isNamedBlock(node));
            }
            merged.add(child);
        }
        return new Block(base.key(), base.keySpan(), base.name(), base.nameSpan(), merged, base.span());
    }

    /** The block without the given keys (e.g. a parent's {@code extension: required}, which children do not inherit). */
    static Block without(Block block, String... keys) {
        List<Node> kept = new ArrayList<>(block.children());
        for (String key : keys) {
            kept.removeIf(node -> node.key().equals(key));
        }
        return new Block(block.key(), block.keySpan(), block.name(), block.nameSpan(), kept, block.span());
    }

    /** {@code merged}'s entries under {@code identity}'s key, name and spans (a child keeps its own location). */
    static Block withIdentityOf(Block merged, Block identity) {
        return new Block(identity.key(), identity.keySpan(), identity.name(), identity.nameSpan(), merged.children(),
                identity.span());
    }

    private static int indexOfNamed(List<Node> nodes, String key, String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Block block && block.key().equals(key)
                    && block.name().equals(Optional.of(name))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNamedBlock(Node node) {
        return node instanceof Block block && block.name().isPresent();
    }
}
