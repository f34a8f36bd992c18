package io.trailscope.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A {@code filter:} or {@code parameter:} field. It cannot be selected; its value only reaches SQL through Liquid
 * templated filters, which trailscope does not run, so filtering on it has no effect (the query layer says so).
 */
public record FilterOnlyField(String name, String view, FieldInfo info, boolean parameter, Optional<String> type,
        Optional<SqlTemplate> sql) implements Field {
    public FilterOnlyField {
        requireNonNull(name, "name is null");
        requireNonNull(view, "view is null");
        requireNonNull(info, "info is null");
        requireNonNull(type, "type is null");
        requireNonNull(sql, "sql is null");
    }
}
