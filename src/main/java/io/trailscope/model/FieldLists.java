package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands field lists as written in a view ({@code drill_fields}, {@code set: fields}): {@code field},
 * {@code view.field}, {@code set*}, {@code view.set*}, {@code ALL_FIELDS*} and exclusions {@code -field}, into
 * qualified field ids in order, without duplicates. Each set is expanded (and its problems reported) once.
 */
final class FieldLists {
    static final String ALL_FIELDS = "ALL_FIELDS";

    private final Map<String, ViewDraft> drafts;
    private final List<Diagnostic> diagnostics;
    private final Map<String, List<String>> expandedSets = new HashMap<>();
    private final Deque<String> expanding = new ArrayDeque<>();

    FieldLists(Map<String, ViewDraft> drafts, List<Diagnostic> diagnostics) {
        this.drafts = drafts;
        this.diagnostics = diagnostics;
    }

    /** The list {@code entries}, written in view {@code view}, as qualified ids. */
    List<String> expand(String view, List<TreeLocations.Located> entries) {
        Set<String> included = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (TreeLocations.Located entry : entries) {
            String text = entry.text().strip();
            boolean exclude = text.startsWith("-");
            String target = exclude ? text.substring(1).strip() : text;
            Set<String> into = exclude ? excluded : included;
            String qualifier = target.contains(".") ? target.substring(0, target.indexOf('.')) : view;
            String name = target.substring(target.indexOf('.') + 1);
            if (!drafts.containsKey(qualifier)) {
                diagnostics.add(Diagnostic.error(entry.location(), "'" + text + "' names view '" + qualifier
                        + "', which is not defined"));
            } else if (name.endsWith("*")) {
                set(qualifier, name.substring(0, name.length() - 1), Optional.of(entry)).ifPresent(into::addAll);
            } else if (drafts.get(qualifier).view().field(name).isEmpty()) {
                diagnostics.add(Diagnostic.error(entry.location(), "'" + text + "' names no field: view '"
                        + qualifier + "' has no field '" + name + "'"));
            } else {
                into.add(qualifier + "." + name);
            }
        }
        included.removeAll(excluded);
        return List.copyOf(included);
    }

    /** A set's expansion, by view and set name; empty if it does not exist. */
    List<String> set(String view, String setName) {
        return set(view, setName, Optional.empty()).orElse(List.of());
    }

    private Optional<List<String>> set(String view, String setName, Optional<TreeLocations.Located> usage) {
        ViewDraft draft = drafts.get(view);
        if (setName.equals(ALL_FIELDS)) {
            return Optional.of(draft.view().fields().keySet().stream().map(name -> view + "." + name).toList());
        }
        String key = view + "." + setName;
        if (expandedSets.containsKey(key)) {
            return Optional.of(expandedSets.get(key));
        }
        if (!draft.setFields().containsKey(setName)) {
            usage.ifPresent(entry -> diagnostics.add(Diagnostic.error(entry.location(), "'" + entry.text()
                    + "' names no set: view '" + view + "' has no set '" + setName + "'")));
            return Optional.empty();
        }
        if (expanding.contains(key)) {
            usage.ifPresent(entry -> diagnostics.add(Diagnostic.error(entry.location(), "set cycle: "
                    + String.join(" -> ", expanding) + " -> " + key)));
            return Optional.empty();
        }
        expanding.addLast(key);
        List<String> fields = expand(view, draft.setFields().get(setName));
        expanding.removeLast();
        expandedSets.put(key, fields);
        return Optional.of(fields);
    }

    /** Every set of every view, expanded (reporting each set's problems even when nothing uses it). */
    Map<String, List<String>> allSets() {
        Map<String, List<String>> all = new HashMap<>();
        for (ViewDraft draft : drafts.values()) {
            for (String setName : draft.view().sets().keySet()) {
                all.put(draft.view().name() + "." + setName, set(draft.view().name(), setName));
            }
        }
        return all;
    }
}
