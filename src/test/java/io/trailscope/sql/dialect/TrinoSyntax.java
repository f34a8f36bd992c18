package io.trailscope.sql.dialect;

import io.trino.sql.parser.ParsingException;
import io.trino.sql.parser.SqlParser;
import io.trino.sql.tree.Statement;

/** The Trino 435 grammar as an oracle: syntax only, no function or type checking. */
final class TrinoSyntax {
    private static final SqlParser PARSER = new SqlParser();

    private TrinoSyntax() {}

    static Statement parse(String sql) {
        try {
            return PARSER.createStatement(sql);
        }
        catch (ParsingException e) {
            throw new AssertionError("Trino grammar rejected (line " + e.getLineNumber() + ":" + e.getColumnNumber()
                    + " " + e.getErrorMessage() + "):\n" + sql, e);
        }
    }
}
