package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link Explore} from its resolved block. Field references stay as written (qualified to the base alias
 * when bare); {@link ModelChecks} resolves them. The {@code fields:} list is resolved there too.
 */
final class ExploreBuilder {
    private ExploreBuilder() {}

    static Explore build(Block block, List<Diagnostic> diagnostics) {
        String name = block.name().orElseThrow();
        String baseView = block.scalar("from").or(() -> block.scalar("view_name")).orElse(name);
        List<ExploreJoin> joins = new ArrayList<>();
        for (Block join : block.blocks("join")) {
            join.name().ifPresent(alias -> joins.add(join(alias, join, diagnostics)));
        }
        List<FilterDefault> always = block.block("always_filter")
                .map(filter -> defaults(filter, name, diagnostics)).orElse(List.of());
        Optional<Block> conditional = block.block("conditionally_filter");
        List<FilterDefault> conditionalDefaults = conditional
                .map(filter -> defaults(filter, name, diagnostics)).orElse(List.of());
        List<String> unless = conditional.map(filter -> qualified(filter.strings("unless"), name)).orElse(List.of());
        SourceLocation location = block.nameSpan().orElse(block.keySpan()).start();
        return new Explore(name, baseView, block.scalar("label"), block.scalar("description"),
                block.yesNo("hidden").orElse(false), joins,
                DimensionBuilder.sql(block, "sql_always_where", diagnostics),
                DimensionBuilder.sql(block, "sql_always_having", diagnostics), always, conditionalDefaults, unless,
                block.strings("always_join"), Optional.empty(), block.yesNo("symmetric_aggregates").orElse(true),
                location);
    }

    private static ExploreJoin join(String alias, Block join, List<Diagnostic> diagnostics) {
        JoinType type = JoinType.LEFT_OUTER;
        Optional<String> writtenType = join.scalar("type");
        if (writtenType.isPresent()) {
            Optional<JoinType> parsed = JoinType.fromLookml(writtenType.get());
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(join, "type").orElseThrow(),
                        "unknown join type '" + writtenType.get() + "'; expected left_outer, inner, full_outer or cross"));
            }
            type = parsed.orElse(JoinType.LEFT_OUTER);
        }
        Relationship relationship = Relationship.MANY_TO_ONE;
        Optional<String> writtenRelationship = join.scalar("relationship");
        if (writtenRelationship.isPresent()) {
            Optional<Relationship> parsed = Relationship.fromLookml(writtenRelationship.get());
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(join, "relationship").orElseThrow(),
                        "unknown relationship '" + writtenRelationship.get()
                                + "'; expected many_to_one, one_to_one, one_to_many or many_to_many"));
            }
            relationship = parsed.orElse(Relationship.MANY_TO_ONE);
        }
        Optional<SqlTemplate> sqlOn = DimensionBuilder.sql(join, "sql_on", diagnostics);
        Optional<String> foreignKey = join.scalar("foreign_key");
        SourceLocation location = join.nameSpan().orElseThrow().start();
        if (sqlOn.isEmpty() && foreignKey.isEmpty() && type != JoinType.CROSS) {
            diagnostics.add(Diagnostic.error(location, "join '" + alias + "' needs sql_on or foreign_key"));
        }
        Optional<Set<String>> fields = join.pair("fields").isPresent()
                ? Optional.of(Set.copyOf(join.strings("fields")))
                : Optional.empty();
        return new ExploreJoin(alias, join.scalar("from").orElse(alias), type, relationship, sqlOn, foreignKey,
                join.scalar("view_label"), fields, join.strings("required_joins"), location);
    }

    private static List<FilterDefault> defaults(Block filter, String baseAlias, List<Diagnostic> diagnostics) {
        List<FilterDefault> defaults = new ArrayList<>();
        for (FilterPairs.Entry entry : FilterPairs.read(filter, diagnostics)) {
            defaults.add(new FilterDefault(qualify(entry.field(), baseAlias), entry.expression(), entry.location()));
        }
        return List.copyOf(defaults);
    }

    private static List<String> qualified(List<String> fields, String baseAlias) {
        return fields.stream().map(field -> qualify(field, baseAlias)).toList();
    }

    static String qualify(String field, String baseAlias) {
        return field.contains(".") ? field : baseAlias + "." + field;
    }
}
