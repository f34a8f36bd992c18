package io.trailscope.lookml.dashboard;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds one element (tile) mapping; unmodelled keys go to {@link DashboardElement#visual()}. */
final class ElementBinder {
    private final List<Diagnostic> diagnostics;

    ElementBinder(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    DashboardElement element(YamlMap map, String owner, int position) {
        YamlFields fields = new YamlFields(map, "element " + position + " of " + owner, diagnostics);
        Optional<String> givenName = fields.string("name");
        String name = givenName.orElse("element_" + position);
        if (givenName.isEmpty()) {
            diagnostics.add(Diagnostic.warning(map.location(), "element " + position + " of " + owner
                    + " has no 'name'; calling it '" + name + "'"));
        }
        fields.describeAs("element '" + name + "' of " + owner);
        Optional<String> title = fields.string("title");
        Optional<String> type = fields.string("type");
        ElementQuery query = query(fields);
        ElementLayout layout = new ElementLayout(fields.integer("row"), fields.integer("col"), fields.integer("width"),
                fields.integer("height"));
        ElementText text = new ElementText(fields.string("title_text"), fields.string("subtitle_text"),
                fields.string("body_text"), note(map, fields));
        return new DashboardElement(name, title, type, query, layout, text, fields.rest(), map.location(),
                map.keyLocations());
    }

    private static ElementQuery query(YamlFields fields) {
        List<String> listed = fields.strings("fields");
        List<String> dimensions = fields.strings("dimensions");
        List<String> measures = fields.strings("measures");
        if (listed.isEmpty()) {
            listed = new ArrayList<>(dimensions);
            listed.addAll(measures);
        }
        return new ElementQuery(fields.string("model"), fields.string("explore"), listed, fields.strings("pivots"),
                fields.strings("fill_fields"), fields.stringMap("filters"), fields.strings("sorts"),
                fields.integer("limit"), fields.integer("column_limit"), fields.stringMap("listen"),
                fields.strings("hidden_fields"), fields.plainList("dynamic_fields"), fields.string("query_timezone"));
    }

    /** {@code note_text}, or the {@code text} of a {@code note:} mapping (which then stays in the visual keys). */
    private static Optional<String> note(YamlMap map, YamlFields fields) {
        Optional<String> noteText = fields.string("note_text");
        if (noteText.isPresent()) {
            return noteText;
        }
        return map.get("note").flatMap(node -> node instanceof YamlMap note ? note.get("text") : Optional.empty())
                .flatMap(text -> text instanceof YamlScalar scalar && !scalar.isNull()
                        ? Optional.of(scalar.text()) : Optional.<String>empty());
    }

}
