package io.trailscope.model;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expands a {@code dimension_group} into one dimension per timeframe ({@code group_timeframe}) or per duration
 * interval ({@code intervals_group}). Timeframe and interval names are kept as written; the query layer checks them.
 */
final class DimensionGroupBuilder {
    /** What Looker offers when {@code timeframes} is omitted [belief; lookml.md §2.4]. */
    static final List<String> DEFAULT_TIMEFRAMES = List.of("raw", "time", "date", "week", "month", "quarter", "year");
    static final List<String> DEFAULT_INTERVALS = List.of("day", "hour", "minute", "second");

    private DimensionGroupBuilder() {}

    static List<Dimension> build(String view, Block block, List<Diagnostic> diagnostics) {
        Optional<String> type = block.scalar("type");
        if (type.isEmpty()) {
            diagnostics.add(Diagnostic.error(block.keySpan().start(), block.describe()
                    + " needs a type: time or duration"));
            return List.of();
        }
        return switch (type.get()) {
            case "time" -> time(view, block, diagnostics);
            case "duration" -> duration(view, block, diagnostics);
            default -> {
                diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(block, "type").orElseThrow(),
                        "unknown dimension_group type '" + type.get() + "'; expected time or duration"));
                yield List.of();
            }
        };
    }

    private static List<Dimension> time(String view, Block block, List<Diagnostic> diagnostics) {
        String group = block.name().orElseThrow();
        FieldInfo info = FieldInfoReader.read(block);
        SqlTemplate sql = DimensionBuilder.sql(block, "sql", diagnostics)
                .orElseGet(() -> DimensionBuilder.defaultSql(group, info.location()));
        Datatype datatype = Datatype.TIMESTAMP;
        Optional<String> written = block.scalar("datatype");
        if (written.isPresent()) {
            Optional<Datatype> parsed = Datatype.fromLookml(written.get());
            if (parsed.isEmpty()) {
                diagnostics.add(Diagnostic.error(TreeLocations.valueLocation(block, "datatype").orElseThrow(),
                        "unknown datatype '" + written.get() + "'; expected timestamp, datetime, date, epoch or yyyymmdd"));
            }
            datatype = parsed.orElse(Datatype.TIMESTAMP);
        }
        boolean convertTz = block.yesNo("convert_tz").orElse(true);
        List<Dimension> dimensions = new ArrayList<>();
        for (TreeLocations.Located timeframe : names(block, "timeframes", DEFAULT_TIMEFRAMES, diagnostics)) {
            TimeframeSpec spec = new TimeframeSpec(group, timeframe.text(), convertTz, datatype, timeframe.location());
            dimensions.add(new Dimension(group + "_" + timeframe.text(), view, member(info, group, timeframe.text()),
                    DimensionType.TIMEFRAME, Optional.of(sql), false, Optional.of(spec), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return dimensions;
    }

    private static List<Dimension> duration(String view, Block block, List<Diagnostic> diagnostics) {
        String group = block.name().orElseThrow();
        FieldInfo info = FieldInfoReader.read(block);
        Optional<SqlTemplate> start = DimensionBuilder.sql(block, "sql_start", diagnostics);
        Optional<SqlTemplate> end = DimensionBuilder.sql(block, "sql_end", diagnostics);
        if (start.isEmpty() || end.isEmpty()) {
            diagnostics.add(Diagnostic.error(block.keySpan().start(), block.describe()
                    + " of type duration needs sql_start and sql_end"));
            return List.of();
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (TreeLocations.Located interval : names(block, "intervals", DEFAULT_INTERVALS, diagnostics)) {
            DurationSpec spec = new DurationSpec(group, interval.text(), start.get(), end.get(), interval.location());
            dimensions.add(new Dimension(interval.text() + "s_" + group, view, member(info, group, interval.text() + "s"),
                    DimensionType.DURATION, Optional.empty(), false, Optional.empty(), Optional.of(spec),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return dimensions;
    }

    private static List<TreeLocations.Located> names(Block block, String key, List<String> defaults,
            List<Diagnostic> diagnostics) {
        if (block.pair(key).isEmpty()) {
            SourceLocation location = block.nameSpan().orElseThrow().start();
            return defaults.stream().map(name -> new TreeLocations.Located(name, location)).toList();
        }
        Set<String> seen = new LinkedHashSet<>();
        List<TreeLocations.Located> names = new ArrayList<>();
        for (TreeLocations.Located located : TreeLocations.strings(block, key)) {
            String name = located.text().strip();
            if (!seen.add(name)) {
                diagnostics.add(Diagnostic.warning(located.location(), "'" + name + "' is listed twice in " + key));
                continue;
            }
            names.add(new TreeLocations.Located(name, located.location()));
        }
        return List.copyOf(names);
    }

    /** A member's labels: grouped under the group's label, itself labelled by the timeframe or interval. */
    private static FieldInfo member(FieldInfo group, String groupName, String member) {
        String groupLabel = group.groupLabel().or(group::label).orElse(DefaultLabels.titleCase(groupName));
        Optional<String> label = group.label().map(text -> text + " " + DefaultLabels.titleCase(member));
        return group.withLabel(label).withGroupLabel(Optional.of(groupLabel),
                Optional.of(DefaultLabels.titleCase(member)));
    }
}
