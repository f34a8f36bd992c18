package io.trailscope.query.result;

import static java.util.Objects.requireNonNull;

import io.trailscope.query.SortSpec;
import io.trailscope.query.TableCalculation;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;

/**
 * How to shape the rows of a planned query: its SQL columns in order, pivots and fill fields (ids of dimension
 * columns), the sorts it asked for (ids of its columns), limits and table calculations; the model's week start and
 * fiscal offset for showing timeframes.
 */
public record ResultLayout(
        List<LayoutColumn> columns,
        List<String> pivots,
        List<String> fillFields,
        List<SortSpec> sorts,
        int rowLimit,
        int columnLimit,
        List<TableCalculation> calculations,
        DayOfWeek weekStart,
        int fiscalMonthOffset) {
    public ResultLayout {
        columns = List.copyOf(columns);
        pivots = List.copyOf(pivots);
        fillFields = List.copyOf(fillFields);
        sorts = List.copyOf(sorts);
        calculations = List.copyOf(calculations);
        requireNonNull(weekStart, "weekStart is null");
    }

    public int index(String id) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Optional<LayoutColumn> column(String id) {
        int index = index(id);
        return index < 0 ? Optional.empty() : Optional.of(columns.get(index));
    }
}
