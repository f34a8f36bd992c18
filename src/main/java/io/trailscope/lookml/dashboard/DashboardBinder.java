package io.trailscope.lookml.dashboard;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns YAML mappings into dashboard records, warning about (and skipping) what cannot be used. */
final class DashboardBinder {
    private final List<Diagnostic> diagnostics;

    DashboardBinder(List<Diagnostic> diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<DashboardDefinition> dashboard(YamlMap map) {
        YamlFields fields = new YamlFields(map, "the dashboard", diagnostics);
        Optional<String> name = fields.string("dashboard");
        if (name.isEmpty()) {
            diagnostics.add(Diagnostic.warning(map.location(), "a dashboard without 'dashboard: name' is ignored"));
            return Optional.empty();
        }
        String owner = "dashboard '" + name.get() + "'";
        fields.describeAs(owner);
        fields.markRead("filters", "elements");
        return Optional.of(new DashboardDefinition(name.get(), fields.string("title"), fields.string("layout"),
                fields.string("description"), fields.string("refresh"), fields.string("preferred_viewer"),
                fields.integer("tile_size"), fields.integer("width"), fields.bool("crossfilter_enabled"),
                fields.bool("auto_run"), fields.string("query_timezone"), fields.plainMap("embed_style"),
                filters(map, owner), elements(map, owner), fields.rest(), map.location(), map.keyLocations()));
    }

    private List<DashboardFilterDefinition> filters(YamlMap dashboard, String owner) {
        List<DashboardFilterDefinition> filters = new ArrayList<>();
        for (YamlMap map : mappings(dashboard, "filters", owner)) {
            YamlFields fields = new YamlFields(map, "a filter of " + owner, diagnostics);
            Optional<String> name = fields.string("name");
            if (name.isEmpty()) {
                diagnostics.add(Diagnostic.warning(map.location(), "a filter of " + owner + " has no 'name'; it is ignored"));
                continue;
            }
            fields.describeAs("filter '" + name.get() + "'");
            filters.add(new DashboardFilterDefinition(name.get(), fields.string("title"), fields.string("type"),
                    fields.string("default_value"), fields.string("model"), fields.string("explore"),
                    fields.string("field"), fields.strings("listens_to_filters"), fields.bool("allow_multiple_values"),
                    fields.bool("required"), fields.plainMap("ui_config"), fields.rest(), map.location(),
                    map.keyLocations()));
        }
        return filters;
    }

    private List<DashboardElement> elements(YamlMap dashboard, String owner) {
        List<DashboardElement> elements = new ArrayList<>();
        for (YamlMap map : mappings(dashboard, "elements", owner)) {
            elements.add(new ElementBinder(diagnostics).element(map, owner, elements.size() + 1));
        }
        return elements;
    }

    /** The mappings of a list-valued key; other items are warned about and skipped. */
    private List<YamlMap> mappings(YamlMap parent, String key, String owner) {
        Optional<YamlNode> node = parent.get(key);
        if (node.isEmpty() || node.get() instanceof YamlScalar scalar && scalar.isNull()) {
            return List.of();
        }
        if (!(node.get() instanceof YamlList list)) {
            diagnostics.add(Diagnostic.warning(parent.keyLocation(key), "'" + key + "' of " + owner
                    + " should be a list; it is ignored"));
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (YamlNode item : list.items()) {
            if (item instanceof YamlMap map) {
                maps.add(map);
            } else {
                diagnostics.add(Diagnostic.warning(item.location(), "an item of '" + key + "' of " + owner
                        + " is not a mapping; it is ignored"));
            }
        }
        return maps;
    }
}
