package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import io.trailscope.error.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A resolved view (refinements and {@code extends} applied): its source and its fields in definition order. */
public record View(
        String name,
        Optional<String> label,
        ViewSource source,
        Map<String, Field> fields,
        Map<String, FieldSet> sets,
        boolean extensionRequired,
        SourceLocation location) {
    public View {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(source, "source is null");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
        requireNonNull(location, "location is null");
    }

    public Optional<Field> field(String fieldName) {
        return Optional.ofNullable(fields.get(fieldName));
    }

    /** The dimension marked {@code primary_key: yes}, if any. */
    public Optional<Dimension> primaryKey() {
        for (Field field : fields.values()) {
            if (field instanceof Dimension dimension && dimension.primaryKey()) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}
