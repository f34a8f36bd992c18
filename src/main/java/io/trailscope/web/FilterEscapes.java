package io.trailscope.web;

import java.util.Locale;

/**
 * Values written as Looker string filter expressions that match exactly that value (lookml.md §2.12): every
 * character other than a letter or a digit gets the escape {@code ^} (so {@code , % _ - " ^} and spaces lose their
 * meaning), and the words {@code NULL} and {@code EMPTY} are escaped too. The result is still only a filter
 * expression: the planner binds it as a parameter.
 */
final class FilterEscapes {
    private FilterEscapes() {}

    /** An expression matching exactly {@code value}. */
    static String exact(String value) {
        if (value.isEmpty()) {
            return "EMPTY";
        }
        StringBuilder escaped = new StringBuilder(value.length() * 2);
        String upper = value.toUpperCase(Locale.ROOT);
        boolean keyword = upper.equals("NULL") || upper.equals("EMPTY");
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (!Character.isLetterOrDigit(codePoint) || keyword && i == 0) {
                escaped.append('^');
            }
            escaped.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
        }
        return escaped.toString();
    }

    /** An expression matching values that start with {@code prefix}. */
    static String startsWith(String prefix) {
        return exact(prefix) + "%";
    }
}
