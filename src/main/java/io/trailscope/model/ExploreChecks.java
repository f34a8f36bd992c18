package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an explore against the model's views: base view and joined views exist, aliases are unique, every
 * {@code ${alias.field}} of {@code sql_on}, {@code sql_always_where}/{@code having} resolves, filter defaults and
 * foreign keys name fields; then applies {@code fields:} lists ({@link ExploreFields}).
 */
final class ExploreChecks {
    private final Explore explore;
    private final Map<String, View> views;
    private final List<Diagnostic> diagnostics;
    private final Problems problems;
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private ExploreChecks(Explore explore, Map<String, View> views, List<Diagnostic> diagnostics, Problems problems) {
        this.explore = explore;
        this.views = views;
        this.diagnostics = diagnostics;
        this.problems = problems;
    }

    static Explore check(Explore explore, Block block, Map<String, View> views, FieldLists lists,
            List<Diagnostic> diagnostics, Problems problems) {
        ExploreChecks checks = new ExploreChecks(explore, views, diagnostics, problems);
        checks.run();
        Optional<Set<String>> fields = new ExploreFields(explore, block, checks.aliases, views, lists, diagnostics)
                .resolve();
        return new Explore(explore.name(), explore.baseView(), explore.label(), explore.description(),
                explore.hidden(), explore.joins(), explore.sqlAlwaysWhere(), explore.sqlAlwaysHaving(),
                explore.alwaysFilters(), explore.conditionalFilters(), explore.conditionalUnless(),
                explore.alwaysJoin(), fields, explore.symmetricAggregates(), explore.location());
    }

    private void run() {
        String exploreKey = Model.exploreKey(explore.name());
        View base = views.get(explore.baseView());
        if (base == null) {
            problems.fail(exploreKey, Diagnostic.error(explore.location(), "explore '" + explore.name()
                    + "' is based on view '" + explore.baseView() + "', which is not defined"), diagnostics);
        } else if (base.extensionRequired()) {
            problems.fail(exploreKey, Diagnostic.error(explore.location(), "explore '" + explore.name()
                    + "' is based on view '" + base.name() + "', which is only for extending (extension: required)"),
                    diagnostics);
        }
        aliases.put(explore.baseAlias(), explore.baseView());
        for (ExploreJoin join : explore.joins()) {
            String key = Model.joinKey(explore.name(), join.alias());
            if (aliases.containsKey(join.alias())) {
                problems.fail(key, Diagnostic.error(join.location(), "explore '" + explore.name()
                        + "' already has a view called '" + join.alias() + "'"), diagnostics);
            } else if (!views.containsKey(join.view())) {
                problems.fail(key, Diagnostic.error(join.location(), "join '" + join.alias() + "' names view '"
                        + join.view() + "', which is not defined"), diagnostics);
            }
            aliases.putIfAbsent(join.alias(), join.view());
        }
        for (ExploreJoin join : explore.joins()) {
            joinReferences(join);
        }
        explore.sqlAlwaysWhere().ifPresent(template -> references(template, exploreKey, false));
        explore.sqlAlwaysHaving().ifPresent(template -> references(template, exploreKey, true));
        for (FilterDefault filter : explore.alwaysFilters()) {
            field(filter.field(), filter.location(), exploreKey, "always_filter");
        }
        for (FilterDefault filter : explore.conditionalFilters()) {
            field(filter.field(), filter.location(), exploreKey, "conditionally_filter");
        }
    }

    private void joinReferences(ExploreJoin join) {
        String key = Model.joinKey(explore.name(), join.alias());
        join.sqlOn().ifPresent(template -> references(template, key, false));
        for (String required : join.requiredJoins()) {
            if (!aliases.containsKey(required)) {
                problems.fail(key, Diagnostic.error(join.location(), "required_joins of '" + join.alias()
                        + "' names '" + required + "', which is not joined in explore '" + explore.name() + "'"),
                        diagnostics);
            }
        }
        if (join.foreignKey().isPresent() && join.sqlOn().isEmpty()) {
            String foreignKey = ExploreBuilder.qualify(join.foreignKey().get(), explore.baseAlias());
            field(foreignKey, join.location(), key, "foreign_key");
            Optional<View> joined = Optional.ofNullable(views.get(join.view()));
            if (joined.isPresent() && joined.get().primaryKey().isEmpty()) {
                problems.fail(key, Diagnostic.error(join.location(), "join '" + join.alias()
                        + "' uses foreign_key, but view '" + join.view() + "' has no primary_key"), diagnostics);
            }
        }
    }

    private void references(SqlTemplate template, String key, boolean measuresAllowed) {
        for (SqlReference reference : template.references()) {
            if (reference.view().isEmpty()) {
                problems.fail(key, Diagnostic.error(reference.location(), "'${" + reference.written()
                        + "}' must name a view of the explore: ${view.field}"), diagnostics);
            } else if (!reference.isSqlTableName()) {
                Optional<Field> target = field(reference.view().get() + "." + reference.name(),
                        reference.location(), key, "'${" + reference.written() + "}'");
                if (target.isPresent() && target.get() instanceof Measure && !measuresAllowed) {
                    problems.fail(key, Diagnostic.error(reference.location(), "'${" + reference.written()
                            + "}' names a measure, which cannot be used here"), diagnostics);
                }
            } else if (!views.containsKey(reference.view().get())) {
                problems.fail(key, Diagnostic.error(reference.location(), "'${" + reference.written()
                        + "}' names view '" + reference.view().get() + "', which is not defined"), diagnostics);
            }
        }
    }

    /** Resolves {@code alias.field} in the explore, reporting a problem of {@code key} if it does not resolve. */
    private Optional<Field> field(String id, SourceLocation location, String key, String what) {
        int dot = id.indexOf('.');
        String alias = dot < 0 ? explore.baseAlias() : id.substring(0, dot);
        String name = id.substring(dot + 1);
        String viewName = aliases.get(alias);
        if (viewName == null) {
            problems.fail(key, Diagnostic.error(location, what + " names '" + id + "', but explore '"
                    + explore.name() + "' has no view called '" + alias + "'"), diagnostics);
            return Optional.empty();
        }
        Optional<Field> field = Optional.ofNullable(views.get(viewName)).flatMap(view -> view.field(name));
        if (field.isEmpty() && views.containsKey(viewName)) {
            problems.fail(key, Diagnostic.error(location, what + " names '" + id + "', but view '" + viewName
                    + "' has no field '" + name + "'"), diagnostics);
        }
        return field;
    }
}
