package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code join: alias { ... }}: {@code view} is the view joined ({@code from:}, else the alias). A {@code foreign_key}
 * join has its condition built by the query layer. {@code fields} limits which of its fields the explore shows.
 */
public record ExploreJoin(
        String alias,
        String view,
        JoinType type,
        Relationship relationship,
        Optional<SqlTemplate> sqlOn,
        Optional<String> foreignKey,
        Optional<String> viewLabel,
        Optional<Set<String>> fields,
        List<String> requiredJoins,
        SourceLocation location) {
    public ExploreJoin {
        requireNonNull(alias, "alias is null");
        requireNonNull(view, "view is null");
        requireNonNull(type, "type is null");
        requireNonNull(relationship, "relationship is null");
        requireNonNull(sqlOn, "sqlOn is null");
        requireNonNull(foreignKey, "foreignKey is null");
        requireNonNull(viewLabel, "viewLabel is null");
        fields = fields.map(Set::copyOf);
        requiredJoins = List.copyOf(requiredJoins);
        requireNonNull(location, "location is null");
    }
}
