package io.trailscope.query.result;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a semantic query after shaping: fill fields applied, pivoted, table calculations computed, timeframe
 * values shown as Looker shows them. Values are plain Java (String, Long, Double, BigDecimal, Boolean, LocalDate,
 * LocalDateTime, List, Map) or null. {@code notes} say what was ignored or could not be computed.
 */
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, String sql,
        List<String> notes) {
    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        requireNonNull(sql, "sql is null");
        notes = List.copyOf(notes);
    }

    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
