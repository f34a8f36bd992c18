package io.trailscope.query.result;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a semantic query after shaping: fill fields applied, pivoted, table calculations computed, timeframe
 * values shown as Looker shows them. Values are plain Java (String, Long, Double, BigDecimal, Boolean, LocalDate,
 * LocalDateTime, List, Map) or null. {@code notes} say what was ignored or could not be computed. {@code cachedAt}
 * is when the rows were computed, when they were reused from an earlier run of the same SQL instead of run now.
 */
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, String sql,
        List<String> notes, Optional<Instant> cachedAt) {
    public QueryResult(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, String sql,
            List<String> notes) {
        this(columns, rows, truncated, sql, notes, Optional.empty());
    }

    public QueryResult {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
        requireNonNull(sql, "sql is null");
        notes = List.copyOf(notes);
        requireNonNull(cachedAt, "cachedAt is null");
    }

    /** The same rows, marked as computed at {@code ranAt} by an earlier run. */
    public QueryResult cachedAt(Instant ranAt) {
        return new QueryResult(columns, rows, truncated, sql, notes, Optional.of(ranAt));
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
