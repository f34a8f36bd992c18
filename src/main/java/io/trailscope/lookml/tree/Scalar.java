package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;
import java.util.Optional;

/** An unquoted value: an identifier, number, {@code yes}/{@code no}, {@code view.field}, {@code set*}, {@code -field}. */
public record Scalar(String text, SourceSpan span) implements Value, ListItem {
    public Scalar {
        requireNonNull(text, "text is null");
        requireNonNull(span, "span is null");
    }

    @Override
    public Optional<String> asText() {
        return Optional.of(text);
    }

    /** {@code yes} is true, {@code no} is false, anything else is empty. */
    public Optional<Boolean> asYesNo() {
        if (text.equals("yes")) {
            return Optional.of(true);
        }
        if (text.equals("no")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
