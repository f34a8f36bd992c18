package io.trailscope.engine;

import java.util.Map;

/** Presto's MySQL-style date format specifiers translated to DuckDB's strftime/strptime ones. */
public final class PrestoFormats {
    private static final Map<Character, String> SPECIFIERS = Map.ofEntries(
            Map.entry('a', "%a"), Map.entry('b', "%b"), Map.entry('c', "%m"), Map.entry('d', "%d"),
            Map.entry('e', "%d"), Map.entry('f', "%f"), Map.entry('H', "%H"), Map.entry('h', "%I"),
            Map.entry('I', "%I"), Map.entry('i', "%M"), Map.entry('j', "%j"), Map.entry('k', "%H"),
            Map.entry('l', "%I"), Map.entry('M', "%B"), Map.entry('m', "%m"), Map.entry('p', "%p"),
            Map.entry('r', "%I:%M:%S %p"), Map.entry('S', "%S"), Map.entry('s', "%S"), Map.entry('T', "%H:%M:%S"),
            Map.entry('v', "%V"), Map.entry('W', "%A"), Map.entry('x', "%G"), Map.entry('Y', "%Y"),
            Map.entry('y', "%y"), Map.entry('%', "%%"));

    private PrestoFormats() {
    }

    public static String toStrftime(String mysqlFormat) {
        StringBuilder out = new StringBuilder(mysqlFormat.length() + 8);
        for (int i = 0; i < mysqlFormat.length(); i++) {
            char c = mysqlFormat.charAt(i);
            if (c == '%' && i + 1 < mysqlFormat.length()) {
                char specifier = mysqlFormat.charAt(++i);
                out.append(SPECIFIERS.getOrDefault(specifier, String.valueOf(specifier)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
