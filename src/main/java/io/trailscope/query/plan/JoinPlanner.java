package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Explore;
import io.trailscope.model.ExploreJoin;
import io.trailscope.model.SqlReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the joins a query needs (lookml.md §2.8): the aliases its fields, filters and sorts touch, plus
 * {@code always_join}, closed over each join's {@code sql_on} (and the fields it uses) and {@code required_joins};
 * emitted in model order with prerequisites first. Also tells each join's parents, for fan-out.
 */
final class JoinPlanner {
    private final PlanContext context;
    private final AliasCollector collector;
    private final Map<String, Set<String>> parents = new LinkedHashMap<>();

    JoinPlanner(PlanContext context, AliasCollector collector) {
        this.context = context;
        this.collector = collector;
    }

    List<ExploreJoin> plan() {
        Explore explore = context.explore();
        explore.alwaysJoin().forEach(alias -> collector.aliases().add(alias));
        Set<String> done = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String alias : new ArrayList<>(collector.aliases())) {
                if (alias.equals(explore.baseAlias()) || !done.add(alias)) {
                    continue;
                }
                ExploreJoin join = explore.join(alias).orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID,
                        "explore '" + explore.name() + "' has no join '" + alias + "'"));
                context.model().joinProblem(explore.name(), alias).ifPresent(problem -> {
                    throw new TrailException(ErrorCode.QUERY_INVALID, "join '" + alias + "' cannot be used: "
                            + problem);
                });
                parents.put(alias, dependencies(join));
                grew = true;
            }
        }
        List<ExploreJoin> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        placed.add(explore.baseAlias());
        for (ExploreJoin join : explore.joins()) {
            if (parents.containsKey(join.alias())) {
                place(join.alias(), ordered, placed, new LinkedHashSet<>());
            }
        }
        return List.copyOf(ordered);
    }

    /** The aliases a join's condition uses (its parents), besides itself. */
    Set<String> parents(String alias) {
        return parents.getOrDefault(alias, Set.of());
    }

    private Set<String> dependencies(ExploreJoin join) {
        Set<String> dependencies = new LinkedHashSet<>();
        if (join.sqlOn().isPresent()) {
            for (SqlReference reference : join.sqlOn().get().references()) {
                if (reference.isField()) {
                    dependencies.add(AliasPaths.target(context.explore(), reference, join.alias(), join.view()));
                }
            }
            collector.template(join.sqlOn().get(), join.alias(), join.view());
        } else if (join.foreignKey().isPresent()) {
            dependencies.add(context.explore().baseAlias());
        }
        dependencies.addAll(join.requiredJoins());
        collector.aliases().addAll(dependencies);
        dependencies.remove(join.alias());
        return dependencies;
    }

    private void place(String alias, List<ExploreJoin> ordered, Set<String> placed, Set<String> visiting) {
        if (placed.contains(alias)) {
            return;
        }
        if (!visiting.add(alias)) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "joins of explore '" + context.explore().name()
                    + "' depend on each other in a cycle: " + String.join(" -> ", visiting) + " -> " + alias);
        }
        for (String parent : parents(alias)) {
            place(parent, ordered, placed, visiting);
        }
        placed.add(alias);
        ordered.add(context.explore().join(alias).orElseThrow());
    }
}
