package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds a {@code measure:} block; a measure without {@code type} is {@code string} (SQL over other measures). */
final class MeasureBuilder {
    private MeasureBuilder() {}

    static Measure build(String view, Block block, List<Diagnostic> diagnostics) {
        String name = block.name().orElseThrow();
        FieldInfo info = FieldInfoReader.read(block);
        MeasureType type = type(block, diagnostics);
        Optional<SqlTemplate> sql = DimensionBuilder.sql(block, "sql", diagnostics);
        if (sql.isEmpty() && type.needsSql()) {
            diagnostics.add(Diagnostic.error(block.nameSpan().orElseThrow().start(),
                    block.describe() + " of type " + type.lookmlName() + " needs sql"));
        }
        List<MeasureFilter> filters = new ArrayList<>();
        for (FilterPairs.Entry entry : FilterPairs.read(block, diagnostics)) {
            filters.add(new MeasureFilter(entry.field(), entry.expression(), entry.location()));
        }
        Optional<String> listField = block.scalar("list_field");
        if (type == MeasureType.LIST && listField.isEmpty()) {
            diagnostics.add(Diagnostic.error(block.nameSpan().orElseThrow().start(),
                    block.describe() + " of type list needs list_field"));
        }
        return new Measure(name, view, info, type, sql, filters, percentile(block, type, diagnostics),
                DimensionBuilder.sql(block, "sql_distinct_key", diagnostics), listField);
    }

    private static MeasureType type(Block block, List<Diagnostic> diagnostics) {
        Optional<String> written = block.scalar("type");
        if (written.isEmpty()) {
            return MeasureType.STRING;
        }
        Optional<MeasureType> type = MeasureType.fromLookml(written.get());
        if (type.isEmpty()) {
            diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(block, "type").orElseThrow(),
                    "unknown measure type '" + written.get() + "' in " + block.describe()));
            return MeasureType.NUMBER;
        }
        return type.get();
    }

    private static OptionalInt percentile(Block block, MeasureType type, List<Diagnostic> diagnostics) {
        boolean needed = type == MeasureType.PERCENTILE || type == MeasureType.PERCENTILE_DISTINCT;
        Optional<String> written = block.scalar("percentile");
        if (written.isEmpty()) {
            if (needed) {
                diagnostics.add(Diagnostic.error(block.nameSpan().orElseThrow().start(),
                        block.describe() + " of type " + type.lookmlName() + " needs percentile: 1 to 99"));
            }
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(written.get().strip());
            if (value < 0 || value > 100) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(value);
        } catch (NumberFormatException e) {
            diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(block, "percentile").orElseThrow(),
                    "percentile must be a whole number from 0 to 100, not '" + written.get() + "'"));
            return OptionalInt.empty();
        }
    }
}
