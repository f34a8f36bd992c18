package io.trailscope.web;

import io.trailscope.model.Explore;
import io.trailscope.model.Field;
import io.trailscope.model.FilterDefault;
import io.trailscope.model.Model;
import io.trailscope.model.View;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The explore endpoints: the list, the field picker's metadata, and value suggestions. */
final class ExploreHandlers {
    private final WebServices services;

    ExploreHandlers(WebServices services) {
        this.services = services;
    }

    void list(Context ctx) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Model model : services.project().models()) {
            for (Explore explore : model.explores().values()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("model", model.name());
                entry.put("name", explore.name());
                entry.put("label", label(explore));
                entry.put("description", explore.description().orElse(null));
                entry.put("hidden", explore.hidden());
                list.add(entry);
            }
        }
        Json.send(ctx, list);
    }

    void fields(Context ctx) {
        Explores found = explores(ctx);
        Model model = found.model();
        Explore explore = found.explore();
        Map<String, Map<String, Object>> views = new LinkedHashMap<>();
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
                Map<String, Object> viewJson = views.computeIfAbsent(viewLabel, label -> newView(alias.getKey(),
                        label));
                group(viewJson, field.info().groupLabel().orElse(null)).add(FieldMeta.describe(explore,
                        alias.getKey(), field));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.name());
        json.put("name", explore.name());
        json.put("label", label(explore));
        json.put("description", explore.description().orElse(null));
        json.put("views", new ArrayList<>(views.values()));
        Map<String, String> alwaysFilter = new LinkedHashMap<>();
        for (FilterDefault filter : explore.alwaysFilters()) {
            alwaysFilter.put(filter.field(), filter.expression());
        }
        json.put("alwaysFilter", alwaysFilter);
        Json.send(ctx, json);
    }

    void suggest(Context ctx) {
        Explores found = explores(ctx);
        String field = ctx.queryParam("field");
        if (field == null || field.isBlank()) {
            throw ApiErrors.badRequest("suggest needs field=view.field");
        }
        Optional<String> prefix = Optional.ofNullable(ctx.queryParam("q")).filter(text -> !text.isEmpty());
        Json.send(ctx, Map.of("values", new Suggestions(services).values(found, field, prefix)));
    }

    private Explores explores(Context ctx) {
        return Explores.find(services.project(), Optional.of(ctx.pathParam("model")), ctx.pathParam("explore"));
    }

    private static Map<String, Object> newView(String alias, String label) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", alias);
        view.put("label", label);
        view.put("groups", new ArrayList<Map<String, Object>>());
        return view;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> group(Map<String, Object> view, String label) {
        List<Map<String, Object>> groups = (List<Map<String, Object>>) view.get("groups");
        for (Map<String, Object> group : groups) {
            if (java.util.Objects.equals(group.get("label"), label)) {
                return (List<Map<String, Object>>) group.get("fields");
            }
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("label", label);
        List<Map<String, Object>> fields = new ArrayList<>();
        group.put("fields", fields);
        groups.add(group);
        return fields;
    }

    static String label(Explore explore) {
        return explore.label().orElse(Labels.titleCase(explore.name()));
    }
}
