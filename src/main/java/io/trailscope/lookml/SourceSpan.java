package io.trailscope.lookml;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;

/**
 * A stretch of a source file: from a start position (inclusive) to an end position (exclusive).
 * Lines and columns count from 1; columns count UTF-16 characters, a tab counts as one.
 */
public record SourceSpan(String file, int line, int column, int endLine, int endColumn, int startOffset, int endOffset) {
    public SourceSpan {
        requireNonNull(file, "file is null");
        if (line < 1 || column < 1 || endLine < line || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("invalid span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    public SourceLocation start() {
        return new SourceLocation(file, line, column);
    }

    public SourceLocation end() {
        return new SourceLocation(file, endLine, endColumn);
    }

    /** The span from the start of this one to the end of {@code last}. */
    public SourceSpan through(SourceSpan last) {
        return new SourceSpan(file, line, column, last.endLine, last.endColumn, startOffset, last.endOffset);
    }

    public int length() {
        return endOffset - startOffset;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
