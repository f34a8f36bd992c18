package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.tree.Container;
import io.trailscope.lookml.tree.ListItem;
import io.trailscope.lookml.tree.ListValue;
import io.trailscope.lookml.tree.Pair;
import io.trailscope.lookml.tree.QuotedString;
import io.trailscope.lookml.tree.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads values together with where they are written, so every diagnostic can point at the exact spot. */
final class TreeLocations {
    private TreeLocations() {}

    /** A string value and the location of its first character. */
    record Located(String text, SourceLocation location) {}

    /** Every string under {@code key} (list items or a single value), each with its own location. */
    static List<Located> strings(Container container, String key) {
        List<Located> found = new ArrayList<>();
        for (Pair pair : container.pairs(key)) {
            if (pair.value() instanceof ListValue list) {
                for (ListItem item : list.items()) {
                    text(item).ifPresent(text -> found.add(new Located(text, item.span().start())));
                }
            } else {
                pair.value().asText().ifPresent(text -> found.add(new Located(text, pair.value().span().start())));
            }
        }
        return List.copyOf(found);
    }

    /** Where the item {@code text} of list {@code key} is written, or the key when it cannot be found. */
    static SourceLocation itemLocation(Container container, String key, String text) {
        for (Located located : strings(container, key)) {
            if (located.text().equals(text)) {
                return located.location();
            }
        }
        return container.pair(key).map(pair -> pair.keySpan().start()).orElseThrow();
    }

    /** Where the value of {@code key} starts, if the key is present. */
    static Optional<SourceLocation> valueLocation(Container container, String key) {
        return container.pair(key).map(pair -> pair.value().span().start());
    }

    private static Optional<String> text(ListItem item) {
        if (item instanceof Scalar scalar) {
            return Optional.of(scalar.text());
        }
        if (item instanceof QuotedString quoted) {
            return Optional.of(quoted.value());
        }
        return Optional.empty();
    }
}
