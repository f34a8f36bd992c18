package io.trailscope.lookml.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A YAML sequence. */
record YamlList(List<YamlNode> items, SourceLocation location) implements YamlNode {
    YamlList {
        items = List.copyOf(items);
        requireNonNull(location, "location is null");
    }

    @Override
    public Object toPlain() {
        List<Object> plain = new ArrayList<>(items.size());
        for (YamlNode item : items) {
            plain.add(item.toPlain());
        }
        return Collections.unmodifiableList(plain);
    }
}
