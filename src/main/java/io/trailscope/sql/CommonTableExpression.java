package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code name AS (query)} in a WITH clause. */
public record CommonTableExpression(String name, Query query) {
    public CommonTableExpression {
        SqlChecks.identifier(name, "CTE name");
        requireNonNull(query, "query is null");
    }
}
