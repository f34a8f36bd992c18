package io.trailscope.web;

import io.javalin.http.Context;
import io.trailscope.model.DefaultLabels;
import io.trailscope.model.Explore;
import io.trailscope.model.FilterDefault;
import io.trailscope.model.Model;
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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", model.name());
        json.put("name", explore.name());
        json.put("label", label(explore));
        json.put("description", explore.description().orElse(null));
        json.put("views", FieldPicker.views(model, explore));
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

    static String label(Explore explore) {
        return explore.label().orElse(DefaultLabels.titleCase(explore.name()));
    }
}
