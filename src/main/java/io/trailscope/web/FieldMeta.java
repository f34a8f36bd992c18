package io.trailscope.web;

import io.trailscope.model.DefaultLabels;
import io.trailscope.model.Dimension;
import io.trailscope.model.DimensionType;
import io.trailscope.model.Explore;
import io.trailscope.model.Field;
import io.trailscope.model.FilterOnlyField;
import io.trailscope.model.Measure;
import io.trailscope.model.Model;
import io.trailscope.query.ResolvedField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What the UI needs to know of a field: labels, type, format, drill fields, suggestability. */
final class FieldMeta {
    /** The field whose values are CloudTrail event ids: a cell of it opens the raw event. */
    static final String EVENT_ID_FIELD = "event_id";

    private FieldMeta() {}

    /** The LookML type; for a member of a dimension group, its timeframe (or {@code duration_interval}). */
    static String type(Field field) {
        if (field instanceof Dimension dimension) {
            if (dimension.timeframe().isPresent()) {
                return dimension.timeframe().get().timeframe();
            }
            if (dimension.duration().isPresent()) {
                return "duration_" + dimension.duration().get().interval();
            }
            return dimension.type() == DimensionType.DATE_TIME ? "date_time" : lower(dimension.type().name());
        }
        if (field instanceof Measure measure) {
            return measure.type().lookmlName();
        }
        return ((FilterOnlyField) field).type().orElse("string");
    }

    static String kind(Field field) {
        if (field instanceof Measure) {
            return "measure";
        }
        return field instanceof FilterOnlyField filter && filter.parameter() ? "parameter"
                : field instanceof FilterOnlyField ? "filter" : "dimension";
    }

    static String label(Field field) {
        return field.info().label().orElse(DefaultLabels.titleCase(field.name()));
    }

    /** The view label: the field's {@code view_label}, the join's, the view's label, or the alias title-cased. */
    static String viewLabel(Model model, Explore explore, String alias, Field field) {
        return field.info().viewLabel()
                .or(() -> explore.join(alias).flatMap(join -> join.viewLabel()))
                .or(() -> alias.equals(explore.baseAlias()) ? explore.label() : Optional.empty())
                .or(() -> model.view(field.view()).flatMap(view -> view.label()))
                .orElse(DefaultLabels.titleCase(alias));
    }

    /** Dimensions and filter fields offer value suggestions unless {@code suggestable: no}; yesno needs none. */
    static boolean suggestable(Field field) {
        if (!field.info().suggestions().orElse(true) || field instanceof Measure) {
            return false;
        }
        return !(field instanceof Dimension dimension) || dimension.type() != DimensionType.YESNO;
    }

    static boolean isEventId(ResolvedField field) {
        return field.field() instanceof Dimension && field.field().name().equals(EVENT_ID_FIELD);
    }

    /** The drill list of a measure, with each view name replaced by the alias the explore reaches it as. */
    static List<String> drillFields(Explore explore, String alias, Field field) {
        if (!(field instanceof Measure)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String id : field.info().drillFields()) {
            int dot = id.indexOf('.');
            String view = dot < 0 ? field.view() : id.substring(0, dot);
            String name = id.substring(dot + 1);
            String target = view.equals(field.view()) ? alias : explore.aliases().entrySet().stream()
                    .filter(entry -> entry.getValue().equals(view)).map(Map.Entry::getKey).findFirst().orElse(view);
            ids.add(target + "." + name);
        }
        return ids;
    }

    /** The picker entry of a field (docs/api.md, GET /api/explores/{model}/{explore}). */
    static Map<String, Object> describe(Explore explore, String alias, Field field) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", alias + "." + field.name());
        entry.put("label", label(field));
        entry.put("shortLabel", field.info().groupItemLabel().orElse(label(field)));
        entry.put("kind", kind(field));
        entry.put("type", type(field));
        entry.put("description", field.info().description().orElse(null));
        entry.put("hidden", field.info().hidden());
        entry.put("suggestable", suggestable(field));
        entry.put("valueFormatName", field.info().valueFormatName().orElse(null));
        entry.put("dimensionGroup", field instanceof Dimension dimension
                ? dimension.timeframe().map(spec -> spec.group()).or(() -> dimension.duration().map(spec -> spec.group()))
                        .orElse(null)
                : null);
        entry.put("drillFields", drillFields(explore, alias, field));
        return entry;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
