package io.trailscope.web;

import io.trailscope.model.Explore;
import io.trailscope.model.Field;
import io.trailscope.model.Model;
import io.trailscope.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field picker of an explore: fields the explore exposes, grouped by view label, then by group label, in
 * definition order. Fields behind a join the model reports as broken are left out.
 */
final class FieldPicker {
    /** One view label's fields, by group label ({@code null} for fields without one). */
    private record ViewGroup(String name, String label, Map<Optional<String>, List<Map<String, Object>>> groups) {}

    private FieldPicker() {}

    static List<Map<String, Object>> views(Model model, Explore explore) {
        Map<String, ViewGroup> views = new LinkedHashMap<>();
        for (Map.Entry<String, String> alias : explore.aliases().entrySet()) {
            Optional<View> view = model.view(alias.getValue());
            if (view.isEmpty() || model.joinProblem(explore.name(), alias.getKey()).isPresent()) {
                continue;
            }
            for (Field field : view.get().fields().values()) {
                if (!explore.exposes(alias.getKey() + "." + field.name())) {
                    continue;
                }
                String viewLabel = FieldMeta.viewLabel(model, explore, alias.getKey(), field);
                views.computeIfAbsent(viewLabel, label -> new ViewGroup(alias.getKey(), label, new LinkedHashMap<>()))
                        .groups().computeIfAbsent(field.info().groupLabel(), group -> new ArrayList<>())
                        .add(FieldMeta.describe(explore, alias.getKey(), field));
            }
        }
        List<Map<String, Object>> json = new ArrayList<>();
        for (ViewGroup view : views.values()) {
            List<Map<String, Object>> groups = new ArrayList<>();
            view.groups().forEach((label, fields) -> {
                Map<String, Object> group = new LinkedHashMap<>();
                group.put("label", label.orElse(null));
                group.put("fields", fields);
                groups.add(group);
            });
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", view.name());
            entry.put("label", view.label());
            entry.put("groups", groups);
            json.add(entry);
        }
        return json;
    }
}
