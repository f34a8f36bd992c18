package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A built view before its lists are expanded: the raw {@code drill_fields} of each field (the view default already
 * given to measures without their own) and the raw {@code fields} of each set, every entry with its location.
 */
record ViewDraft(View view, Map<String, List<TreeLocations.Located>> drillFields,
        Map<String, List<TreeLocations.Located>> setFields) {
    ViewDraft {
        requireNonNull(view, "view is null");
        drillFields = Map.copyOf(drillFields);
        setFields = Map.copyOf(setFields);
    }
}
