package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;

/** {@code key: value}. Inside a list the value is a {@link Scalar} or {@link QuotedString}. */
public record Pair(String key, SourceSpan keySpan, Value value, SourceSpan span) implements Node, ListItem {
    public Pair {
        requireNonNull(key, "key is null");
        requireNonNull(keySpan, "keySpan is null");
        requireNonNull(value, "value is null");
        requireNonNull(span, "span is null");
    }
}
