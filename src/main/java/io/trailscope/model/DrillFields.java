package io.trailscope.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts expanded sets and drill lists into the views: the final step of building a model's views. */
final class DrillFields {
    private DrillFields() {}

    static Map<String, View> apply(Map<String, ViewDraft> drafts, FieldLists lists) {
        Map<String, List<String>> sets = lists.allSets();
        Map<String, View> views = new LinkedHashMap<>();
        for (ViewDraft draft : drafts.values()) {
            View view = draft.view();
            Map<String, Field> fields = new LinkedHashMap<>();
            for (Field field : view.fields().values()) {
                List<String> drill = lists.expand(view.name(), draft.drillFields().getOrDefault(field.name(),
                        List.of()));
                fields.put(field.name(), withDrill(field, drill));
            }
            Map<String, FieldSet> expandedSets = new LinkedHashMap<>();
            for (FieldSet set : view.sets().values()) {
                expandedSets.put(set.name(), new FieldSet(set.name(),
                        sets.getOrDefault(view.name() + "." + set.name(), List.of()), set.location()));
            }
            views.put(view.name(), new View(view.name(), view.label(), view.source(), fields, expandedSets,
                    view.extensionRequired(), view.location()));
        }
        return views;
    }

    private static Field withDrill(Field field, List<String> drill) {
        if (field instanceof Dimension dimension) {
            return dimension.withInfo(dimension.info().withDrillFields(drill));
        }
        if (field instanceof Measure measure) {
            return measure.withInfo(measure.info().withDrillFields(drill));
        }
        return field;
    }
}
