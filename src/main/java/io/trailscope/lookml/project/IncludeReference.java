package io.trailscope.lookml.project;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import io.trailscope.lookml.tree.ListItem;
import io.trailscope.lookml.tree.ListValue;
import io.trailscope.lookml.tree.LookmlFile;
import io.trailscope.lookml.tree.Pair;
import io.trailscope.lookml.tree.QuotedString;
import io.trailscope.lookml.tree.Scalar;
import java.util.ArrayList;
import java.util.List;

/** One {@code include:} value of a file and where it is written. */
record IncludeReference(String pattern, SourceLocation location) {
    IncludeReference {
        requireNonNull(pattern, "pattern is null");
        requireNonNull(location, "location is null");
    }

    /** The file's top-level includes in order; a list value contributes each of its items. */
    static List<IncludeReference> of(LookmlFile file) {
        List<IncludeReference> includes = new ArrayList<>();
        for (Pair pair : file.pairs("include")) {
            if (pair.value() instanceof ListValue list) {
                for (ListItem item : list.items()) {
                    add(includes, item);
                }
            } else if (pair.value() instanceof ListItem item) {
                add(includes, item);
            }
        }
        return List.copyOf(includes);
    }

    private static void add(List<IncludeReference> includes, ListItem item) {
        if (item instanceof QuotedString quoted) {
            includes.add(new IncludeReference(quoted.value(), quoted.span().start()));
        } else if (item instanceof Scalar scalar) {
            includes.add(new IncludeReference(scalar.text(), scalar.span().start()));
        }
    }
}
