package io.trailscope.engine;

import java.util.List;

/**
 * Presto/Athena functions that LookML written for Athena uses, as DuckDB macros, so that SQL such
 * as {@code json_extract_scalar(additionaleventdata, '$.MFAUsed')} or
 * {@code from_iso8601_timestamp(eventtime)} runs unchanged on the local store. Macros are stored in
 * the database file, so any connection to it (even DuckDB's own CLI) has them. A macro is only
 * created where DuckDB has no built-in of that name: shadowing a built-in changes its meaning.
 *
 * <p>Trap: DuckDB needs strptime/strftime formats to be constants when a macro is created, so
 * {@code date_parse}/{@code date_format} cannot translate Presto's MySQL-style specifiers
 * ({@code %i} minutes, {@code %s} seconds) inside the macro. They accept the specifiers both share;
 * The DuckDB dialect rewrites calls with a literal format to strftime/strptime with the format translated
 * ({@code sql.dialect.PrestoDateFormats}); {@link PrestoFormats#rewrite} does the same for the {@code sql} command.
 *
 * <p>The ISO-8601 parsers give NULL for text that is not a time (real logs hold values such as "redacted"),
 * where Athena would fail the whole query: one bad event must not hide every chart.
 */
public final class PrestoFunctions {
    public record Macro(String name, String definition) {
    }

    public static final List<Macro> MACROS = List.of(
            new Macro("from_iso8601_timestamp", "(s) AS TRY_CAST(s AS TIMESTAMPTZ)"),
            new Macro("from_iso8601_date", "(s) AS CAST(TRY_CAST(s AS TIMESTAMP) AS DATE)"),
            new Macro("json_extract_scalar", "(j, p) AS (CASE WHEN try(json_type(CAST(j AS VARCHAR), p)) IN ('OBJECT', 'ARRAY')"
                    + " THEN NULL ELSE try(json_extract_string(CAST(j AS VARCHAR), p)) END)"),
            new Macro("json_format", "(j) AS CAST(j AS VARCHAR)"),
            new Macro("date_parse", "(s, fmt) AS strptime(s, fmt)"),
            new Macro("date_format", "(ts, fmt) AS strftime(ts, fmt)"),
            new Macro("to_iso8601", "(ts) AS strftime(timezone('UTC', CAST(ts AS TIMESTAMPTZ)), '%Y-%m-%dT%H:%M:%S.%gZ')"),
            new Macro("regexp_like", "(s, p) AS regexp_matches(s, p)"),
            new Macro("approx_distinct", "(x) AS approx_count_distinct(x)"),
            new Macro("cardinality", "(x) AS len(x)"),
            new Macro("array_join", "(a, sep) AS array_to_string(a, sep)"),
            new Macro("from_unixtime", "(n) AS to_timestamp(n)"));

    private PrestoFunctions() {
    }
}
