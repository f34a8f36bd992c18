package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * SQL text that is emitted verbatim, optionally with structured expressions embedded between text parts.
 * User fragments (LookML {@code sql:} after substitution) come in through {@link #of(String)}; dialects use
 * {@link #template(String, Expression...)} with constant patterns for syntax the AST has no node for.
 * Used as an operand, a raw fragment is always parenthesized.
 */
public record RawSql(List<Part> parts) implements Expression {
    private static final String PLACEHOLDER = "{}";

    public RawSql {
        parts = List.copyOf(requireNonNull(parts, "parts is null"));
        if (parts.isEmpty()) {
            throw SqlChecks.invalidAst("raw SQL has no parts");
        }
    }

    /** A user fragment. Outer whitespace is dropped; nothing inside is interpreted, {@code {}} included. */
    public static RawSql of(String text) {
        String trimmed = SqlChecks.text(text, "raw SQL").strip();
        if (trimmed.isEmpty()) {
            throw SqlChecks.invalidAst("raw SQL is blank");
        }
        return new RawSql(List.of(new Text(trimmed)));
    }

    /** A constant pattern whose {@code {}} placeholders are replaced, in order, by the arguments. */
    public static RawSql template(String pattern, Expression... arguments) {
        requireNonNull(pattern, "pattern is null");
        List<Part> parts = new ArrayList<>();
        int start = 0;
        int argument = 0;
        for (int at = pattern.indexOf(PLACEHOLDER); at >= 0; at = pattern.indexOf(PLACEHOLDER, start)) {
            if (argument >= arguments.length) {
                throw SqlChecks.invalidAst("template has more placeholders than arguments: " + pattern);
            }
            if (at > start) {
                parts.add(new Text(pattern.substring(start, at)));
            }
            parts.add(new Embedded(arguments[argument++]));
            start = at + PLACEHOLDER.length();
        }
        if (argument != arguments.length) {
            throw SqlChecks.invalidAst("template has fewer placeholders than arguments: " + pattern);
        }
        if (start < pattern.length()) {
            parts.add(new Text(pattern.substring(start)));
        }
        return new RawSql(parts);
    }

    @Override
    public <R> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitRawSql(this);
    }

    /** A piece of a raw fragment. */
    public sealed interface Part permits Text, Embedded {}

    /** Verbatim SQL text. */
    public record Text(String text) implements Part {
        public Text {
            SqlChecks.text(text, "raw SQL");
            if (text.isEmpty()) {
                throw SqlChecks.invalidAst("raw SQL text part is empty");
            }
        }
    }

    /** A structured expression rendered in place. */
    public record Embedded(Expression expression) implements Part {
        public Embedded {
            requireNonNull(expression, "expression is null");
        }
    }
}
