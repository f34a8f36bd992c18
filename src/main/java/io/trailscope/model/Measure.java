package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A measure. {@code filters} (both LookML syntaxes) are ANDed and go inside the aggregate; {@code percentile} is
 * 0–100 for the percentile types; {@code listField} names the dimension a {@code list} measure collects.
 */
public record Measure(
        String name,
        String view,
        FieldInfo info,
        MeasureType type,
        Optional<SqlTemplate> sql,
        List<MeasureFilter> filters,
        OptionalInt percentile,
        Optional<SqlTemplate> sqlDistinctKey,
        Optional<String> listField) implements Field {
    public Measure {
        requireNonNull(name, "name is null");
        requireNonNull(view, "view is null");
        requireNonNull(info, "info is null");
        requireNonNull(type, "type is null");
        requireNonNull(sql, "sql is null");
        filters = List.copyOf(filters);
        requireNonNull(percentile, "percentile is null");
        requireNonNull(sqlDistinctKey, "sqlDistinctKey is null");
        requireNonNull(listField, "listField is null");
    }

    public List<SqlTemplate> templates() {
        List<SqlTemplate> templates = new ArrayList<>();
        sql.ifPresent(templates::add);
        sqlDistinctKey.ifPresent(templates::add);
        return List.copyOf(templates);
    }

    public Measure withInfo(FieldInfo newInfo) {
        return new Measure(name, view, newInfo, type, sql, filters, percentile, sqlDistinctKey, listField);
    }
}
