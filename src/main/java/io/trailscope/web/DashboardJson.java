package io.trailscope.web;

import io.trailscope.lookml.dashboard.DashboardDefinition;
import io.trailscope.lookml.dashboard.DashboardElement;
import io.trailscope.lookml.dashboard.DashboardFilterDefinition;
import io.trailscope.lookml.dashboard.ElementQuery;
import io.trailscope.model.DefaultLabels;
import io.trailscope.query.RowLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dashboards as the API shows them: the list, and one definition for layout and the filters bar. */
final class DashboardJson {
    private DashboardJson() {}

    static List<Map<String, Object>> list(List<DashboardDefinition> dashboards) {
        List<Map<String, Object>> list = new ArrayList<>();
        dashboards.stream().sorted(Comparator.comparing(DashboardJson::title).thenComparing(DashboardDefinition::name))
                .forEach(dashboard -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", dashboard.name());
                    entry.put("title", title(dashboard));
                    entry.put("description", dashboard.description().orElse(null));
                    entry.put("tiles", dashboard.elements().size());
                    entry.put("filters", dashboard.filters().size());
                    list.add(entry);
                });
        return list;
    }

    static String title(DashboardDefinition dashboard) {
        return dashboard.title().orElse(DefaultLabels.titleCase(dashboard.name()));
    }

    static Map<String, Object> definition(DashboardDefinition dashboard) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", dashboard.name());
        json.put("title", title(dashboard));
        json.put("description", dashboard.description().orElse(null));
        json.put("layout", dashboard.layout().orElse("newspaper"));
        json.put("queryTimezone", dashboard.queryTimezone().orElse(null));
        List<Map<String, Object>> filters = new ArrayList<>();
        dashboard.filters().forEach(filter -> filters.add(filter(filter)));
        json.put("filters", filters);
        List<Map<String, Object>> elements = new ArrayList<>();
        List<TileLayout.Placed> placed = TileLayout.place(dashboard.elements());
        for (int i = 0; i < dashboard.elements().size(); i++) {
            elements.add(element(dashboard.elements().get(i), placed.get(i)));
        }
        json.put("elements", elements);
        return json;
    }

    private static Map<String, Object> filter(DashboardFilterDefinition filter) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", filter.name());
        json.put("title", filter.title().orElse(filter.name()));
        json.put("type", filter.type().orElse(DashboardFilterDefinition.FIELD_FILTER));
        json.put("defaultValue", filter.defaultValue().orElse(""));
        json.put("model", filter.model().orElse(null));
        json.put("explore", filter.explore().orElse(null));
        json.put("field", filter.field().orElse(null));
        json.put("allowMultipleValues", filter.allowMultipleValues().orElse(true));
        json.put("required", filter.required().orElse(false));
        json.put("listensToFilters", filter.listensToFilters());
        json.put("suggestable", filter.field().isPresent()
                && !DashboardFilterDefinition.DATE_FILTER.equals(filter.type().orElse("")));
        json.put("uiConfig", filter.uiConfig());
        return json;
    }

    private static Map<String, Object> element(DashboardElement element, TileLayout.Placed place) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", element.name());
        json.put("title", element.title().orElse(null));
        json.put("type", element.type().orElse(element.hasQuery() ? "looker_grid" : "text"));
        json.put("row", place.row());
        json.put("col", place.col());
        json.put("width", place.width());
        json.put("height", place.height());
        json.put("note", element.text().noteText().orElse(null));
        if (element.hasQuery()) {
            json.put("text", null);
            json.put("query", query(element.query()));
        } else {
            Map<String, Object> text = new LinkedHashMap<>();
            text.put("title", element.text().titleText().or(element::title).orElse(null));
            text.put("subtitle", element.text().subtitleText().orElse(null));
            text.put("body", element.text().bodyText().orElse(null));
            json.put("text", text);
            json.put("query", null);
        }
        json.put("visual", element.visual());
        return json;
    }

    private static Map<String, Object> query(ElementQuery query) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", query.model().orElse(null));
        json.put("explore", query.explore().orElse(null));
        json.put("fields", query.fields());
        json.put("pivots", query.pivots());
        json.put("fillFields", query.fillFields());
        json.put("filters", query.filters());
        json.put("sorts", query.sorts());
        json.put("limit", query.limit().orElse(RowLimits.DEFAULT));
        json.put("columnLimit", query.columnLimit().orElse(null));
        json.put("listen", query.listen());
        json.put("hiddenFields", query.hiddenFields());
        json.put("dynamicFields", query.dynamicFields());
        json.put("queryTimezone", query.queryTimezone().orElse(null));
        return json;
    }
}
