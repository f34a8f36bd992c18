package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.Container;
import io.trailscope.lookml.tree.ListValue;
import io.trailscope.lookml.tree.Node;
import io.trailscope.lookml.tree.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code filters} in both LookML syntaxes, in file order: the list {@code filters: [field: "expr", ...]} and
 * the legacy repeated block {@code filters: { field: name value: "expr" }}.
 */
final class FilterPairs {
    private FilterPairs() {}

    /** A field name as written, its expression, and where the field name is written. */
    record Entry(String field, String expression, SourceLocation location) {}

    static List<Entry> read(Container container, List<Diagnostic> diagnostics) {
        List<Entry> entries = new ArrayList<>();
        for (Node node : container.children("filters")) {
            if (node instanceof Pair pair && pair.value() instanceof ListValue list) {
                for (Pair item : list.pairs()) {
                    Optional<String> expression = item.value().asText();
                    entries.add(new Entry(item.key(), expression.orElse(""), item.keySpan().start()));
                }
                if (!list.items().isEmpty() && !list.isPairList()) {
                    diagnostics.add(Diagnostic.error(list.span().start(),
                            "filters must be written as [field: \"expression\", ...]"));
                }
            } else if (node instanceof Block block) {
                legacy(block, diagnostics).ifPresent(entries::add);
            } else {
                diagnostics.add(Diagnostic.error(node.keySpan().start(),
                        "filters must be a list [field: \"expression\", ...] or a block { field: ... value: ... }"));
            }
        }
        return List.copyOf(entries);
    }

    private static Optional<Entry> legacy(Block block, List<Diagnostic> diagnostics) {
        Optional<String> field = block.scalar("field");
        if (field.isEmpty()) {
            diagnostics.add(Diagnostic.error(block.keySpan().start(), "filters block has no 'field:'"));
            return Optional.empty();
        }
        SourceLocation location = block.pair("field").orElseThrow().value().span().start();
        return Optional.of(new Entry(field.get(), block.scalar("value").orElse(""), location));
    }
}
