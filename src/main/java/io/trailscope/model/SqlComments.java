package io.trailscope.model;

/** Finds the characters of SQL text that sit in comments, skipping quoted strings and identifiers. */
final class SqlComments {
    private SqlComments() {}

    /** {@code mask[i]} is true when character {@code i} is inside a {@code --} or {@code /* *}{@code /} comment. */
    static boolean[] mask(String text) {
        boolean[] mask = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = skipQuoted(text, i, c);
            } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                fill(mask, i, end);
                i = end;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                fill(mask, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return mask;
    }

    /** The index after a quoted run starting at {@code start}; a doubled quote stays inside. */
    private static int skipQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    private static void fill(boolean[] mask, int from, int to) {
        for (int i = from; i < to; i++) {
            mask[i] = true;
        }
    }
}
