package io.trailscope.lookml;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.SourceLocation;
import io.trailscope.error.TrailException;
import java.util.Optional;

/** Builds error messages that quote the offending source line with a caret under the column. */
public final class SourceSnippet {
    private static final int WINDOW = 120;

    private SourceSnippet() {}

    /** A {@link TrailException} whose first message line is {@code file:line:col: message}, then the line and a caret. */
    public static TrailException error(ErrorCode code, String text, SourceLocation location, String message) {
        requireNonNull(text, "text is null");
        return new TrailException(code, location, message + "\n" + show(text, location.line(), location.column()));
    }

    /** The source line (clipped around the column if very long) and a caret line, or "" for an unknown line. */
    public static String show(String text, int line, int column) {
        Optional<String> found = lineText(text, line);
        if (found.isEmpty()) {
            return "";
        }
        String source = found.get();
        int caret = Math.max(0, Math.min(column - 1, source.length()));
        int from = 0;
        String prefix = "";
        if (source.length() > WINDOW) {
            from = Math.max(0, caret - WINDOW / 2);
            int to = Math.min(source.length(), from + WINDOW);
            prefix = from > 0 ? "..." : "";
            source = prefix + source.substring(from, to) + (to < source.length() ? "..." : "");
        }
        StringBuilder marker = new StringBuilder(prefix.length() + caret - from + 1);
        marker.append(" ".repeat(prefix.length()));
        for (int i = from; i < caret; i++) {
            marker.append(source.charAt(i - from + prefix.length()) == '\t' ? '\t' : ' ');
        }
        return source + "\n" + marker.append('^');
    }

    private static Optional<String> lineText(String text, int line) {
        if (line < 1) {
            return Optional.empty();
        }
        int start = 0;
        for (int current = 1; current < line; current++) {
            int newline = text.indexOf('\n', start);
            if (newline < 0) {
                return Optional.empty();
            }
            start = newline + 1;
        }
        int end = text.indexOf('\n', start);
        String source = end < 0 ? text.substring(start) : text.substring(start, end);
        return Optional.of(source.endsWith("\r") ? source.substring(0, source.length() - 1) : source);
    }
}
