package io.trailscope.model;

import io.trailscope.lookml.tree.Block;
import java.util.List;
import java.util.Optional;

/**
 * Reads the presentation parameters every field shares. Drill fields are left empty: {@link ViewBuilder} keeps them
 * raw, with locations, and {@link DrillFields} expands them once every set is known.
 */
final class FieldInfoReader {
    private FieldInfoReader() {}

    static FieldInfo read(Block field) {
        return new FieldInfo(
                field.scalar("label"),
                field.scalar("view_label"),
                field.scalar("group_label"),
                field.scalar("group_item_label"),
                field.scalar("description"),
                field.yesNo("hidden").orElse(false),
                field.scalar("value_format_name"),
                field.scalar("value_format"),
                field.scalar("map_layer_name"),
                field.yesNo("suggestable").or(() -> field.yesNo("suggestions")),
                List.of(),
                field.strings("tags"),
                field.nameSpan().orElse(field.keySpan()).start());
    }

    static Optional<String> nonBlank(Optional<String> text) {
        return text.filter(value -> !value.isBlank());
    }
}
