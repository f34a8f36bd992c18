package io.trailscope.sql.dialect;

/**
 * DuckDB's functions with none of the optional capabilities and the conservative default settings, so every
 * renderer fallback is exercised and still executed on a real DuckDB.
 */
final class TestingDialect extends DuckDbDialect {
    static final TestingDialect CONSERVATIVE = new TestingDialect();

    private TestingDialect() {
        super("conservative", DialectSettings.DEFAULT, DialectCapabilities.none());
    }
}
