package io.trailscope.lookml;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;

/** A problem found in a source file that does not stop parsing, printed as {@code file:line:col: warning: message}. */
public record Diagnostic(Severity severity, SourceLocation location, String message) {
    public Diagnostic {
        requireNonNull(severity, "severity is null");
        requireNonNull(location, "location is null");
        requireNonNull(message, "message is null");
    }

    public static Diagnostic warning(SourceLocation location, String message) {
        return new Diagnostic(Severity.WARNING, location, message);
    }

    public static Diagnostic error(SourceLocation location, String message) {
        return new Diagnostic(Severity.ERROR, location, message);
    }

    @Override
    public String toString() {
        return location + ": " + severity.label() + ": " + message;
    }
}
