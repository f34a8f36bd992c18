package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A table written by a user, emitted verbatim (LookML {@code sql_table_name: aws.cloudtrail ;;}). */
public record RawTable(String sql, Optional<String> alias) implements Relation {
    public RawTable {
        sql = SqlChecks.text(sql, "raw table").strip();
        if (sql.isEmpty()) {
            throw SqlChecks.invalidAst("raw table is blank");
        }
        requireNonNull(alias, "alias is null");
        alias.ifPresent(value -> SqlChecks.identifier(value, "table alias"));
    }

    public static RawTable of(String sql, String alias) {
        return new RawTable(sql, Optional.of(alias));
    }

    @Override
    public <R> R accept(RelationVisitor<R> visitor) {
        return visitor.visitRawTable(this);
    }
}
