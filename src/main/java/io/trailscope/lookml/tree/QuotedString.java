package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;
import java.util.Optional;

/**
 * A double-quoted value. {@code value} is unescaped ({@code \"} and {@code \\} become {@code "} and {@code \});
 * any other backslash is kept, so regular expressions survive. The span includes the quotes.
 */
public record QuotedString(String value, SourceSpan span) implements Value, ListItem {
    public QuotedString {
        requireNonNull(value, "value is null");
        requireNonNull(span, "span is null");
    }

    @Override
    public Optional<String> asText() {
        return Optional.of(value);
    }
}
