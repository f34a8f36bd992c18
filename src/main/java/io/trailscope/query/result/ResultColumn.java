package io.trailscope.query.result;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A column of a {@link QueryResult}. {@code field} is the field or calculation id; a pivoted measure column also
 * carries the pivot values it is for, and its {@code name} is {@code field|value[|value...]}.
 */
public record ResultColumn(String name, String field, ColumnRole role, Optional<String> label,
        Optional<String> valueFormatName, List<Object> pivotValues) {
    public ResultColumn {
        requireNonNull(name, "name is null");
        requireNonNull(field, "field is null");
        requireNonNull(role, "role is null");
        requireNonNull(label, "label is null");
        requireNonNull(valueFormatName, "valueFormatName is null");
        pivotValues = Collections.unmodifiableList(new ArrayList<>(pivotValues));
    }

    public static ResultColumn of(String field, ColumnRole role, Optional<String> label,
            Optional<String> valueFormatName) {
        return new ResultColumn(field, field, role, label, valueFormatName, List.of());
    }
}
