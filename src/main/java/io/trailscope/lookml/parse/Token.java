package io.trailscope.lookml.parse;

import static java.util.Objects.requireNonNull;

import io.trailscope.lookml.SourceSpan;

/** A token with its text (unescaped for a quoted string) and where it sits. */
record Token(TokenType type, String text, SourceSpan span) {
    Token {
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
        requireNonNull(span, "span is null");
    }

    /** How an error message names this token: {@code 'dimension'}, {@code ':'}, {@code end of file}. */
    String describe() {
        if (type == TokenType.LITERAL) {
            return "'" + clip(text) + "'";
        }
        return type.description();
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
