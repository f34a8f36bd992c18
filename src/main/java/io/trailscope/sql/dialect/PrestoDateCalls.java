package io.trailscope.sql.dialect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Rewrites {@code date_format(x, 'literal')} and {@code date_parse(x, 'literal')} in SQL text written for
 * Presto/Athena into DuckDB's {@code strftime}/{@code strptime} with the format translated
 * ({@link PrestoDateFormats}). DuckDB needs the format to be a constant, so only a string literal is translated; any
 * other second argument is left alone and reaches the {@code date_format}/{@code date_parse} macros unchanged (they
 * understand the specifiers both spellings share). Strings, quoted identifiers and comments are skipped, so text
 * inside them is never touched; nested calls are rewritten too.
 */
final class PrestoDateCalls {
    private PrestoDateCalls() {}

    static String rewrite(String sql) {
        if (!sql.toLowerCase(Locale.ROOT).contains("date_")) {
            return sql;
        }
        // Edits are collected first: an outer call's format comes after the nested calls in its first argument.
        TreeMap<Integer, int[]> spans = new TreeMap<>();
        Map<Integer, String> replacements = new HashMap<>();
        int i = 0;
        while (i < sql.length()) {
            int skipped = SqlText.skip(sql, i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            if (!SqlText.isWordStart(sql, i)) {
                i++;
                continue;
            }
            int end = SqlText.wordEnd(sql, i);
            String word = sql.substring(i, end).toLowerCase(Locale.ROOT);
            boolean parsing = word.equals("date_parse");
            boolean qualified = i > 0 && sql.charAt(i - 1) == '.';
            Optional<int[]> format = (parsing || word.equals("date_format")) && !qualified
                    ? SqlText.literalSecondArgument(sql, end) : Optional.empty();
            if (format.isPresent()) {
                int[] literal = format.get();
                String text = sql.substring(literal[0] + 1, literal[1] - 1).replace("''", "'");
                spans.put(i, new int[] {i, end});
                replacements.put(i, parsing ? "strptime" : "strftime");
                spans.put(literal[0], literal);
                replacements.put(literal[0], "'" + PrestoDateFormats.toStrftime(text, parsing).replace("'", "''") + "'");
            }
            i = end;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        for (Map.Entry<Integer, int[]> span : spans.entrySet()) {
            out.append(sql, copied, span.getValue()[0]).append(replacements.get(span.getKey()));
            copied = span.getValue()[1];
        }
        return out.append(sql, copied, sql.length()).toString();
    }
}
