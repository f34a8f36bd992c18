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

    /** {@code event_time} → {@code Event Time}: how Looker turns a name into a label. */
    static String titleCase(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    static Optional<String> nonBlank(Optional<String> text) {
        return text.filter(value -> !value.isBlank());
    }
}
