package io.trailscope.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Rows a query returned, with plain Java values: String, Long, Double, BigDecimal, Boolean,
 * LocalDate, LocalDateTime, OffsetDateTime, List and Map (for structs, in column order), or null.
 */
public record ResultTable(List<Column> columns, List<List<Object>> rows, boolean truncated) {
    public record Column(String name, String type) {
        public Column {
            requireNonNull(name, "name is null");
            requireNonNull(type, "type is null");
        }
    }

    public ResultTable {
        columns = List.copyOf(requireNonNull(columns, "columns is null"));
        rows = List.copyOf(requireNonNull(rows, "rows is null"));
    }
}
