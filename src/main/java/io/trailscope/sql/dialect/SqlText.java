package io.trailscope.sql.dialect;

import java.util.Optional;

/** Just enough SQL lexing to find calls in raw text: strings, quoted identifiers, comments, words, arguments. */
final class SqlText {
    private SqlText() {}

    /** The index after a string, quoted identifier or comment starting at {@code i}, or {@code i} if none does. */
    static int skip(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '\'' || c == '"') {
            int at = i + 1;
            while (at < sql.length()) {
                if (sql.charAt(at) == c) {
                    if (at + 1 < sql.length() && sql.charAt(at + 1) == c) {
                        at += 2;
                        continue;
                    }
                    return at + 1;
                }
                at++;
            }
            return sql.length();
        }
        if (sql.startsWith("--", i)) {
            int newline = sql.indexOf('\n', i);
            return newline < 0 ? sql.length() : newline + 1;
        }
        if (sql.startsWith("/*", i)) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return i;
    }

    static boolean isWordStart(String sql, int i) {
        char c = sql.charAt(i);
        boolean afterWord = i > 0 && isWordPart(sql.charAt(i - 1));
        return !afterWord && (Character.isLetter(c) || c == '_');
    }

    static int wordEnd(String sql, int i) {
        int at = i;
        while (at < sql.length() && isWordPart(sql.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * For a call whose name ends at {@code nameEnd}: when it has exactly two arguments and the second is one string
     * literal, that literal's span {start, end} (quotes included).
     */
    static Optional<int[]> literalSecondArgument(String sql, int nameEnd) {
        int at = blanks(sql, nameEnd);
        if (at >= sql.length() || sql.charAt(at) != '(') {
            return Optional.empty();
        }
        int depth = 0;
        int comma = -1;
        for (int i = at; i < sql.length(); ) {
            int skipped = skip(sql, i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return comma < 0 ? Optional.empty() : literal(sql, comma + 1, i);
            } else if (c == ',' && depth == 1) {
                if (comma >= 0) {
                    return Optional.empty();
                }
                comma = i;
            }
            i++;
        }
        return Optional.empty();
    }

    private static Optional<int[]> literal(String sql, int from, int to) {
        int start = blanks(sql, from);
        if (start >= to || sql.charAt(start) != '\'') {
            return Optional.empty();
        }
        int end = skip(sql, start);
        return blanks(sql, end) == to ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    private static int blanks(String sql, int i) {
        int at = i;
        while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
            at++;
        }
        return at;
    }
}
