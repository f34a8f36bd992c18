package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.Explore;
import io.trailscope.model.SqlReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which explore alias a {@code ${view.field}} means. Inside a field of view V reached as alias A, {@code ${V.x}}
 * is A itself; any other name is an alias of the explore, or else the one alias whose view has that name.
 */
final class AliasPaths {
    private AliasPaths() {}

    static String target(Explore explore, SqlReference reference, String ownAlias, String ownView) {
        if (reference.view().isEmpty()) {
            return ownAlias;
        }
        String name = reference.view().get();
        if (name.equals(ownView) || name.equals(ownAlias)) {
            return ownAlias;
        }
        Map<String, String> aliases = explore.aliases();
        if (aliases.containsKey(name)) {
            return name;
        }
        List<String> byView = aliases.entrySet().stream().filter(entry -> entry.getValue().equals(name))
                .map(Map.Entry::getKey).toList();
        if (byView.size() == 1) {
            return byView.get(0);
        }
        throw new TrailException(ErrorCode.QUERY_INVALID, reference.location() + ": '${" + reference.written()
                + "}' needs view '" + name + "', which explore '" + explore.name() + "' does not join"
                + (byView.isEmpty() ? "" : " under one name (it is joined as " + String.join(", ", byView) + ")"));
    }

    static Optional<String> viewOf(Explore explore, String alias) {
        return Optional.ofNullable(explore.aliases().get(alias));
    }
}
