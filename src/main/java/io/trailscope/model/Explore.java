package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A resolved explore. The base view is queried as {@code name} (its alias); joins are in model order.
 * {@code fields}, when present, is the set of field ids the explore exposes ({@code fields:} applied).
 */
public record Explore(
        String name,
        String baseView,
        Optional<String> label,
        Optional<String> description,
        boolean hidden,
        List<ExploreJoin> joins,
        Optional<SqlTemplate> sqlAlwaysWhere,
        Optional<SqlTemplate> sqlAlwaysHaving,
        List<FilterDefault> alwaysFilters,
        List<FilterDefault> conditionalFilters,
        List<String> conditionalUnless,
        List<String> alwaysJoin,
        Optional<Set<String>> fields,
        boolean symmetricAggregates,
        SourceLocation location) {
    public Explore {
        requireNonNull(name, "name is null");
        requireNonNull(baseView, "baseView is null");
        requireNonNull(label, "label is null");
        requireNonNull(description, "description is null");
        joins = List.copyOf(joins);
        requireNonNull(sqlAlwaysWhere, "sqlAlwaysWhere is null");
        requireNonNull(sqlAlwaysHaving, "sqlAlwaysHaving is null");
        alwaysFilters = List.copyOf(alwaysFilters);
        conditionalFilters = List.copyOf(conditionalFilters);
        conditionalUnless = List.copyOf(conditionalUnless);
        alwaysJoin = List.copyOf(alwaysJoin);
        fields = fields.map(Set::copyOf);
        requireNonNull(location, "location is null");
    }

    /** The alias the base view is queried as. */
    public String baseAlias() {
        return name;
    }

    /** Every alias of the explore (base first, then joins in order) with the view behind it. */
    public Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put(baseAlias(), baseView);
        for (ExploreJoin join : joins) {
            aliases.putIfAbsent(join.alias(), join.view());
        }
        return aliases;
    }

    public Optional<ExploreJoin> join(String alias) {
        return joins.stream().filter(join -> join.alias().equals(alias)).findFirst();
    }

    /** Whether {@code fieldId} ({@code alias.field}) may be used, as far as {@code fields:} lists go. */
    public boolean exposes(String fieldId) {
        return fields.map(allowed -> allowed.contains(fieldId)).orElse(true);
    }
}
