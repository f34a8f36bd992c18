package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

/** {@code (query) AS alias}; engines require the alias. */
public record SubqueryRelation(Query query, String alias) implements Relation {
    public SubqueryRelation {
        requireNonNull(query, "query is null");
        SqlChecks.identifier(alias, "subquery alias");
    }

    @Override
    public <R> R accept(RelationVisitor<R> visitor) {
        return visitor.visitSubquery(this);
    }
}
