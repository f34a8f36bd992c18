package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.List;

/** {@code set: name { fields: [...] }}, with nested sets expanded into qualified field ids. */
public record FieldSet(String name, List<String> fields, SourceLocation location) {
    public FieldSet {
        requireNonNull(name, "name is null");
        fields = List.copyOf(fields);
        requireNonNull(location, "location is null");
    }
}
