package io.trailscope.block;

import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Statement;

/** Parses one statement with Trino's own parser (435, the last that runs on Java 17). */
final class TestingTrinoSyntax {
    private static final SqlParser PARSER = new SqlParser();

    private TestingTrinoSyntax() {
    }

    static Statement parse(String sql) {
        return PARSER.createStatement(sql);
    }
}
