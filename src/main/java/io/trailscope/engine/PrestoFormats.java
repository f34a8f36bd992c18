package io.trailscope.engine;

import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.PrestoDateFormats;

/**
 * Presto's MySQL-style date format specifiers on the store. The translation table lives with the DuckDB dialect
 * ({@link PrestoDateFormats}), which applies it to every raw LookML fragment it renders; this is the same rewrite
 * for SQL that reaches the store without the compiler (the {@code sql} command).
 */
public final class PrestoFormats {
    private static final DuckDbDialect STORE = DuckDbDialect.INSTANCE;

    private PrestoFormats() {
    }

    /** A {@code date_format} format in strftime spelling. */
    public static String toStrftime(String mysqlFormat) {
        return PrestoDateFormats.toStrftime(mysqlFormat, false);
    }

    /** SQL written for Athena, with literal {@code date_format}/{@code date_parse} formats translated for DuckDB. */
    public static String rewrite(String sql) {
        return STORE.rawSql(sql);
    }
}
