package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** {@code [catalog.][schema.]name [AS alias]}, every part quoted. A catalog needs a schema. */
public record TableRef(Optional<String> catalog, Optional<String> schema, String name, Optional<String> alias)
        implements Relation {
    public TableRef {
        requireNonNull(catalog, "catalog is null");
        requireNonNull(schema, "schema is null");
        requireNonNull(alias, "alias is null");
        catalog.ifPresent(value -> SqlChecks.identifier(value, "catalog name"));
        schema.ifPresent(value -> SqlChecks.identifier(value, "schema name"));
        SqlChecks.identifier(name, "table name");
        alias.ifPresent(value -> SqlChecks.identifier(value, "table alias"));
        if (catalog.isPresent() && schema.isEmpty()) {
            throw SqlChecks.invalidAst("table " + name + " has a catalog but no schema");
        }
    }

    public static TableRef of(String name) {
        return new TableRef(Optional.empty(), Optional.empty(), name, Optional.empty());
    }

    public static TableRef of(String schema, String name) {
        return new TableRef(Optional.empty(), Optional.of(schema), name, Optional.empty());
    }

    public TableRef as(String newAlias) {
        return new TableRef(catalog, schema, name, Optional.of(newAlias));
    }

    @Override
    public <R> R accept(RelationVisitor<R> visitor) {
        return visitor.visitTableRef(this);
    }
}
