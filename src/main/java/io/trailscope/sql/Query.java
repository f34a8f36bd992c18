package io.trailscope.sql;

/** A complete query: a structured {@link Select} or raw SQL text (a derived table written by a user). */
public sealed interface Query permits Select, RawQuery {
    <R> R accept(QueryVisitor<R> visitor);
}
