package io.trailscope.lookml.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Something holding entries in file order: a file or a block. Single-value accessors return the <em>last</em>
 * entry with the key (a later duplicate wins); the {@code check} package warns about such duplicates.
 */
public interface Container {
    List<Node> children();

    /** Every entry with this key, pairs and blocks, in file order. */
    default List<Node> children(String key) {
        List<Node> found = new ArrayList<>();
        for (Node node : children()) {
            if (node.key().equals(key)) {
                found.add(node);
            }
        }
        return List.copyOf(found);
    }

    /** Every block with this key, e.g. {@code blocks("dimension")}. */
    default List<Block> blocks(String key) {
        List<Block> found = new ArrayList<>();
        for (Node node : children()) {
            if (node instanceof Block block && block.key().equals(key)) {
                found.add(block);
            }
        }
        return List.copyOf(found);
    }

    default Optional<Block> block(String key) {
        List<Block> found = blocks(key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /** Every pair with this key, e.g. {@code pairs("include")}. */
    default List<Pair> pairs(String key) {
        List<Pair> found = new ArrayList<>();
        for (Node node : children()) {
            if (node instanceof Pair pair && pair.key().equals(key)) {
                found.add(pair);
            }
        }
        return List.copyOf(found);
    }

    default Optional<Pair> pair(String key) {
        List<Pair> found = pairs(key);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    default Optional<Value> value(String key) {
        return pair(key).map(Pair::value);
    }

    /** The text of a bare or quoted value; empty if absent or if the value is a list or SQL block. */
    default Optional<String> scalar(String key) {
        Optional<Value> value = value(key);
        if (value.isPresent() && (value.get() instanceof Scalar || value.get() instanceof QuotedString)) {
            return value.get().asText();
        }
        return Optional.empty();
    }

    /** {@code yes} or {@code no} as a boolean; empty if absent or anything else. */
    default Optional<Boolean> yesNo(String key) {
        return value(key).flatMap(value -> value instanceof Scalar scalar ? scalar.asYesNo() : Optional.empty());
    }

    default Optional<SqlBlock> sqlBlock(String key) {
        return value(key).flatMap(value -> value instanceof SqlBlock sql ? Optional.of(sql) : Optional.empty());
    }

    default Optional<ListValue> list(String key) {
        return value(key).flatMap(value -> value instanceof ListValue list ? Optional.of(list) : Optional.empty());
    }

    /**
     * All string values under this key across repeated pairs, in order: a list contributes its value items, a bare
     * or quoted value contributes itself. Handy for {@code include}, {@code fields}, {@code timeframes}.
     */
    default List<String> strings(String key) {
        List<String> found = new ArrayList<>();
        for (Pair pair : pairs(key)) {
            if (pair.value() instanceof ListValue list) {
                found.addAll(list.strings());
            } else if (pair.value() instanceof Scalar || pair.value() instanceof QuotedString) {
                found.add(pair.value().asText().orElseThrow());
            }
        }
        return List.copyOf(found);
    }
}
