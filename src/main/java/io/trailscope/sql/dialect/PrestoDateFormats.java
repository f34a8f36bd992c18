package io.trailscope.sql.dialect;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.util.Map;

/**
 * Presto/Athena's MySQL-style {@code date_format}/{@code date_parse} specifiers in DuckDB's strftime/strptime
 * spelling. Specifiers the two share ({@code %Y %m %d %H %S}) keep their letter; {@code %i} (minutes), {@code %s}
 * (seconds), {@code %M} (month name), {@code %W} (weekday name) and the unpadded ones do not. Specifiers Presto
 * itself rejects ({@code %D %U %u %V %w %X}) are refused here too, with the same reason.
 */
public final class PrestoDateFormats {
    private static final Map<Character, String> COMMON = Map.ofEntries(
            Map.entry('a', "%a"), Map.entry('b', "%b"), Map.entry('c', "%-m"), Map.entry('d', "%d"),
            Map.entry('e', "%-d"), Map.entry('H', "%H"), Map.entry('h', "%I"), Map.entry('I', "%I"),
            Map.entry('i', "%M"), Map.entry('j', "%j"), Map.entry('k', "%-H"), Map.entry('l', "%-I"),
            Map.entry('M', "%B"), Map.entry('m', "%m"), Map.entry('p', "%p"), Map.entry('r', "%I:%M:%S %p"),
            Map.entry('S', "%S"), Map.entry('s', "%S"), Map.entry('T', "%H:%M:%S"), Map.entry('v', "%V"),
            Map.entry('W', "%A"), Map.entry('x', "%G"), Map.entry('Y', "%Y"), Map.entry('y', "%y"),
            Map.entry('%', "%%"));
    private static final String UNSUPPORTED = "DUuVwX";

    private PrestoDateFormats() {}

    /**
     * Translates one format. {@code parsing} picks {@code %f}: Presto prints six digits of which only milliseconds
     * are kept ({@code 123000}) and parses one to nine digits.
     */
    public static String toStrftime(String mysqlFormat, boolean parsing) {
        StringBuilder out = new StringBuilder(mysqlFormat.length() + 8);
        for (int i = 0; i < mysqlFormat.length(); i++) {
            char c = mysqlFormat.charAt(i);
            if (c != '%') {
                out.append(c);
            } else if (i + 1 == mysqlFormat.length()) {
                out.append("%%");
            } else {
                char specifier = mysqlFormat.charAt(++i);
                if (UNSUPPORTED.indexOf(specifier) >= 0) {
                    throw new TrailException(ErrorCode.SQL_UNSUPPORTED, "date format '" + mysqlFormat + "': %"
                            + specifier + " is not supported by Presto/Athena's date_format and date_parse (at "
                            + "character " + i + ")");
                }
                if (specifier == 'f') {
                    out.append(parsing ? "%f" : "%g000");
                } else {
                    out.append(COMMON.getOrDefault(specifier, specifier == '%' ? "%%" : String.valueOf(specifier)));
                }
            }
        }
        return out.toString();
    }
}
