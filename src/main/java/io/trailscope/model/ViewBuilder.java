package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import io.trailscope.lookml.tree.Node;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link View} from its resolved block: source, fields in file order (dimension groups expanded), sets.
 * Sets and drill fields are still raw here; {@link DrillFields} expands them.
 */
final class ViewBuilder {
    private static final List<String> PERSISTENCE_KEYS = List.of("persist_for", "sql_trigger_value",
            "datagroup_trigger", "interval_trigger", "materialized_view", "increment_key");

    private ViewBuilder() {}

    static ViewDraft build(Block block, List<Diagnostic> diagnostics) {
        String name = block.name().orElseThrow();
        List<TreeLocations.Located> viewDrill = TreeLocations.strings(block, "drill_fields");
        Map<String, Field> fields = new LinkedHashMap<>();
        Map<String, List<TreeLocations.Located>> drill = new HashMap<>();
        for (Node node : block.children()) {
            if (!(node instanceof Block child) || child.name().isEmpty()) {
                continue;
            }
            List<Field> built = switch (child.key()) {
                case "dimension" -> List.of(DimensionBuilder.build(name, child, diagnostics));
                case "dimension_group" -> List.copyOf(DimensionGroupBuilder.build(name, child, diagnostics));
                case "measure" -> List.of(MeasureBuilder.build(name, child, diagnostics));
                case "filter", "parameter" -> List.of(filterOnly(name, child, diagnostics));
                default -> List.of();
            };
            List<TreeLocations.Located> ownDrill = drillFields(child, viewDrill);
            for (Field field : built) {
                drill.putIfAbsent(field.name(), ownDrill);
                Field previous = fields.putIfAbsent(field.name(), field);
                if (previous != null) {
                    diagnostics.add(Diagnostic.error(field.info().location(), "field '" + field.name()
                            + "' is already defined in view '" + name + "' at " + previous.info().location()));
                }
            }
        }
        Map<String, FieldSet> sets = new LinkedHashMap<>();
        Map<String, List<TreeLocations.Located>> setFields = new HashMap<>();
        for (Block set : block.blocks("set")) {
            set.name().ifPresent(setName -> {
                sets.put(setName, new FieldSet(setName, List.of(), set.nameSpan().orElseThrow().start()));
                setFields.put(setName, TreeLocations.strings(set, "fields"));
            });
        }
        boolean extension = block.scalar("extension").filter("required"::equals).isPresent();
        SourceLocation location = block.nameSpan().orElse(block.keySpan()).start();
        View view = new View(name, block.scalar("label"), source(block, name, diagnostics), fields, sets, extension,
                location);
        return new ViewDraft(view, drill, setFields);
    }

    /** A field's own drill list; a measure without one takes the view's. */
    private static List<TreeLocations.Located> drillFields(Block field, List<TreeLocations.Located> viewDrill) {
        if (field.pair("drill_fields").isPresent()) {
            return TreeLocations.strings(field, "drill_fields");
        }
        if (field.key().equals("measure")) {
            return viewDrill;
        }
        return List.of();
    }

    private static ViewSource source(Block block, String name, List<Diagnostic> diagnostics) {
        Optional<Block> derived = block.block("derived_table");
        Optional<SqlTemplate> table = DimensionBuilder.sql(block, "sql_table_name", diagnostics);
        if (derived.isPresent()) {
            if (table.isPresent()) {
                diagnostics.add(Diagnostic.error(block.pair("sql_table_name").orElseThrow().keySpan().start(),
                        "view '" + name + "' has both sql_table_name and derived_table; the derived table is used"));
            }
            return derivedSource(derived.get(), name, diagnostics);
        }
        return table.map(template -> new SqlTableSource(template, false))
                .orElseGet(() -> new SqlTableSource(SqlTemplate.literal(name, block.keySpan().start()), true));
    }

    private static ViewSource derivedSource(Block derived, String name, List<Diagnostic> diagnostics) {
        if (derived.block("explore_source").isPresent()) {
            diagnostics.add(Diagnostic.error(derived.block("explore_source").orElseThrow().keySpan().start(),
                    "native derived tables (explore_source) are not supported; write the derived table as sql"));
        }
        Optional<SqlTemplate> sql = DimensionBuilder.sql(derived, "sql", diagnostics);
        if (sql.isEmpty()) {
            if (derived.block("explore_source").isEmpty()) {
                diagnostics.add(Diagnostic.error(derived.keySpan().start(), "derived_table of view '" + name
                        + "' has no sql"));
            }
            return new SqlTableSource(SqlTemplate.literal(name, derived.keySpan().start()), true);
        }
        boolean persistent = PERSISTENCE_KEYS.stream().anyMatch(key -> derived.pair(key).isPresent());
        return new DerivedTableSource(sql.get(), persistent);
    }

    private static FilterOnlyField filterOnly(String view, Block block, List<Diagnostic> diagnostics) {
        return new FilterOnlyField(block.name().orElseThrow(), view, FieldInfoReader.read(block),
                block.key().equals("parameter"), block.scalar("type"),
                DimensionBuilder.sql(block, "sql", diagnostics));
    }
}
