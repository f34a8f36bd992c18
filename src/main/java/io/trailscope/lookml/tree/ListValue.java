package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bracketed list: either all values ({@code [a, "b", c*]}) or all pairs ({@code [a: "x", b: "y"]}). */
public record ListValue(List<ListItem> items, SourceSpan span) implements Value {
    public ListValue {
        items = List.copyOf(items);
        requireNonNull(span, "span is null");
    }

    @Override
    public Optional<String> asText() {
        return Optional.empty();
    }

    /** The texts of the value items, in order (quoted ones unescaped); pair items are skipped. */
    public List<String> strings() {
        List<String> strings = new ArrayList<>(items.size());
        for (ListItem item : items) {
            if (item instanceof Scalar scalar) {
                strings.add(scalar.text());
            } else if (item instanceof QuotedString quoted) {
                strings.add(quoted.value());
            }
        }
        return List.copyOf(strings);
    }

    /** The pair items, in order; value items are skipped. */
    public List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (ListItem item : items) {
            if (item instanceof Pair pair) {
                pairs.add(pair);
            }
        }
        return List.copyOf(pairs);
    }

    public boolean isPairList() {
        return !items.isEmpty() && items.get(0) instanceof Pair;
    }
}
