package io.trailscope.sql;

/**
 * A whole query written by a user (LookML {@code derived_table: sql:}), emitted verbatim, newlines included:
 * re-indenting it could change a multi-line string literal. Outer whitespace and one trailing semicolon go.
 */
public record RawQuery(String sql) implements Query {
    public RawQuery {
        sql = SqlChecks.text(sql, "raw query").strip();
        if (sql.endsWith(";")) {
            sql = sql.substring(0, sql.length() - 1).strip();
        }
        if (sql.isEmpty()) {
            throw SqlChecks.invalidAst("raw query is blank");
        }
    }

    @Override
    public <R> R accept(QueryVisitor<R> visitor) {
        return visitor.visitRawQuery(this);
    }
}
