package io.trailscope.lookml.tree;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.SourceSpan;
import java.util.Optional;

/**
 * The raw text of a {@code ;;}-terminated value ({@code sql}, {@code sql_on}, {@code html}, {@code expression}, ...),
 * trimmed. The span covers the trimmed text only; an empty block has an empty span just before the {@code ;;}.
 */
public record SqlBlock(String text, SourceSpan span) implements Value {
    public SqlBlock {
        requireNonNull(text, "text is null");
        requireNonNull(span, "span is null");
    }

    @Override
    public Optional<String> asText() {
        return Optional.of(text);
    }

    /** Where the character at {@code index} of {@link #text()} sits in the file (e.g. a bad {@code ${ref}}). */
    public SourceLocation locationAt(int index) {
        if (index < 0 || index > text.length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + text.length());
        }
        int line = span.line();
        int lineStart = -1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i;
            }
        }
        int column = lineStart < 0 ? span.column() + index : index - lineStart;
        return new SourceLocation(span.file(), line, column);
    }
}
