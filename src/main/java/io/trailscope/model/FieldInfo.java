package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * What every field carries for people rather than for SQL: labels, description, visibility, formatting, the drill
 * list (already expanded: sets inlined, {@code -field} exclusions applied, ids qualified) and where it is defined.
 */
public record FieldInfo(
        Optional<String> label,
        Optional<String> viewLabel,
        Optional<String> groupLabel,
        Optional<String> groupItemLabel,
        Optional<String> description,
        boolean hidden,
        Optional<String> valueFormatName,
        Optional<String> valueFormat,
        Optional<String> mapLayerName,
        Optional<Boolean> suggestions,
        List<String> drillFields,
        List<String> tags,
        SourceLocation location) {
    public FieldInfo {
        requireNonNull(label, "label is null");
        requireNonNull(viewLabel, "viewLabel is null");
        requireNonNull(groupLabel, "groupLabel is null");
        requireNonNull(groupItemLabel, "groupItemLabel is null");
        requireNonNull(description, "description is null");
        requireNonNull(valueFormatName, "valueFormatName is null");
        requireNonNull(valueFormat, "valueFormat is null");
        requireNonNull(mapLayerName, "mapLayerName is null");
        requireNonNull(suggestions, "suggestions is null");
        drillFields = List.copyOf(drillFields);
        tags = List.copyOf(tags);
        requireNonNull(location, "location is null");
    }

    public FieldInfo withDrillFields(List<String> expanded) {
        return new FieldInfo(label, viewLabel, groupLabel, groupItemLabel, description, hidden, valueFormatName,
                valueFormat, mapLayerName, suggestions, expanded, tags, location);
    }

    public FieldInfo withLabel(Optional<String> newLabel) {
        return new FieldInfo(newLabel, viewLabel, groupLabel, groupItemLabel, description, hidden, valueFormatName,
                valueFormat, mapLayerName, suggestions, drillFields, tags, location);
    }

    public FieldInfo withGroupLabel(Optional<String> newGroupLabel, Optional<String> newGroupItemLabel) {
        return new FieldInfo(label, viewLabel, newGroupLabel, newGroupItemLabel, description, hidden, valueFormatName,
                valueFormat, mapLayerName, suggestions, drillFields, tags, location);
    }
}
