package io.trailscope.error;

import static java.util.Objects.requireNonNull;

/** A position in a named input: a model file, a log file. Line and column count from 1; 0 means unknown. */
public record SourceLocation(String file, int line, int column) {
    public SourceLocation {
        requireNonNull(file, "file is null");
    }

    public static SourceLocation of(String file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        if (column <= 0) {
            return file + ":" + line;
        }
        return file + ":" + line + ":" + column;
    }
}
