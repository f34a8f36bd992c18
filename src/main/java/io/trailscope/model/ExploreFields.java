package io.trailscope.model;

import io.trailscope.lookml.Diagnostic;
import io.trailscope.lookml.tree.Block;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the explore's {@code fields:} and each join's {@code fields:} to the fields the explore exposes, as
 * {@code alias.field} ids. Entries: {@code alias.field}, {@code alias.set*}, {@code ALL_FIELDS*},
 * {@code alias.ALL_FIELDS*}, and {@code -...} to exclude; join lists name fields of the joined view without alias.
 */
final class ExploreFields {
    private final Explore explore;
    private final Block block;
    private final Map<String, String> aliases;
    private final Map<String, View> views;
    private final FieldLists lists;
    private final List<Diagnostic> diagnostics;

    ExploreFields(Explore explore, Block block, Map<String, String> aliases, Map<String, View> views,
            FieldLists lists, List<Diagnostic> diagnostics) {
        this.explore = explore;
        this.block = block;
        this.aliases = aliases;
        this.views = views;
        this.lists = lists;
        this.diagnostics = diagnostics;
    }

    Optional<Set<String>> resolve() {
        boolean restricted = block.pair("fields").isPresent();
        Set<String> exposed = restricted ? exploreList() : all();
        for (Block join : block.blocks("join")) {
            if (join.pair("fields").isEmpty() || join.name().isEmpty() || !views.containsKey(aliases.get(
                    join.name().get()))) {
                continue;
            }
            restricted = true;
            String alias = join.name().get();
            Set<String> allowed = entries(join, alias, false);
            exposed.removeIf(id -> id.startsWith(alias + ".") && !allowed.contains(id));
        }
        return restricted ? Optional.of(exposed) : Optional.empty();
    }

    private Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        aliases.forEach((alias, view) -> Optional.ofNullable(views.get(view))
                .ifPresent(found -> found.fields().keySet().forEach(name -> all.add(alias + "." + name))));
        return all;
    }

    private Set<String> exploreList() {
        return entries(block, explore.baseAlias(), true);
    }

    private Set<String> entries(Block container, String defaultAlias, boolean allAliases) {
        Set<String> included = new LinkedHashSet<>();
        Set<String> excluded = new LinkedHashSet<>();
        for (TreeLocations.Located entry : TreeLocations.strings(container, "fields")) {
            String text = entry.text().strip();
            boolean exclude = text.startsWith("-");
            String target = exclude ? text.substring(1) : text;
            Set<String> into = exclude ? excluded : included;
            if (allAliases && target.equals(FieldLists.ALL_FIELDS + "*")) {
                into.addAll(all());
                continue;
            }
            int dot = target.indexOf('.');
            String alias = dot < 0 || !allAliases ? defaultAlias : target.substring(0, dot);
            String name = dot < 0 || !allAliases ? target : target.substring(dot + 1);
            String view = aliases.get(alias);
            if (view == null || !views.containsKey(view)) {
                diagnostics.add(Diagnostic.error(entry.location(), "fields entry '" + text + "' names '" + alias
                        + "', which is not a view of explore '" + explore.name() + "'"));
            } else if (name.endsWith("*")) {
                String set = name.substring(0, name.length() - 1);
                if (!set.equals(FieldLists.ALL_FIELDS) && !views.get(view).sets().containsKey(set)) {
                    diagnostics.add(Diagnostic.error(entry.location(), "fields entry '" + text + "' names no set: "
                            + "view '" + view + "' has no set '" + set + "'"));
                }
                lists.set(view, set).forEach(id -> into.add(alias + id.substring(id.indexOf('.'))));
            } else if (views.get(view).field(name).isEmpty()) {
                diagnostics.add(Diagnostic.error(entry.location(), "fields entry '" + text + "' names no field: "
                        + "view '" + view + "' has no field '" + name + "'"));
            } else {
                into.add(alias + "." + name);
            }
        }
        included.removeAll(excluded);
        return included;
    }
}
