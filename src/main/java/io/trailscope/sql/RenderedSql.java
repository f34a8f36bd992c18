package io.trailscope.sql;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * SQL text plus the values for its {@code ?} placeholders, in order, ready for JDBC {@code setObject(i + 1, v)}.
 * Values are never null (NULL is always inlined). Instants arrive as UTC {@code OffsetDateTime}.
 */
public record RenderedSql(String text, List<Object> parameters) {
    public RenderedSql {
        requireNonNull(text, "text is null");
        parameters = List.copyOf(requireNonNull(parameters, "parameters is null"));
    }
}
