package io.trailscope.model;

import static java.util.Objects.requireNonNull;

/**
 * {@code derived_table: { sql: ... ;; }}. Persistence parameters are read but ignored: every derived table runs as a
 * CTE named after the view (an ephemeral derived table, as Looker emits it).
 */
public record DerivedTableSource(SqlTemplate sql, boolean persistenceIgnored) implements ViewSource {
    public DerivedTableSource {
        requireNonNull(sql, "sql is null");
    }
}
