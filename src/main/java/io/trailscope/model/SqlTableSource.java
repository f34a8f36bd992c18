package io.trailscope.model;

import static java.util.Objects.requireNonNull;

/**
 * {@code sql_table_name: schema.table ;;}, or, when a view names no source, a table called like the view
 * ({@code implicit}). The text may hold {@code ${other.SQL_TABLE_NAME}}.
 */
public record SqlTableSource(SqlTemplate table, boolean implicit) implements ViewSource {
    public SqlTableSource {
        requireNonNull(table, "table is null");
    }
}
