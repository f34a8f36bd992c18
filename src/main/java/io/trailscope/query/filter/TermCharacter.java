package io.trailscope.query.filter;

/** One character of a string term, and whether the user escaped it with {@code ^}. */
record TermCharacter(char value, boolean escaped) {
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    boolean isPlainWhitespace() {
        return !escaped && isWhitespace(value);
    }

    boolean isWildcard() {
        return !escaped && (value == '%' || value == '_');
    }
}
