package io.trailscope.query.result;

import io.trailscope.query.SortSpec;
import io.trailscope.query.calc.CalcExpression;
import io.trailscope.query.time.Timeframe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spreads pivot dimensions into columns, in Java: one row per combination of the other dimensions (in the order the
 * SQL sorted them, re-sorted by the sorts on those dimensions), one column per pivot value combination and
 * measure. Pivot columns are ordered by their values
 * (descending where a sort asks for it) and cut at the column limit; the row limit counts pivoted rows, as in
 * Looker. Fill fields fill rows and columns alike. Calculations run once per pivot column.
 */
final class PivotShaper {
    private PivotShaper() {}

    static QueryResult shape(ResultLayout layout, List<LayoutColumn> columns, List<List<Object>> rows,
            Map<String, CalcExpression> calculations, boolean sqlTruncated, String sql, List<String> notes) {
        List<Integer> rowDims = new ArrayList<>();
        List<Integer> pivotDims = new ArrayList<>();
        List<Integer> measures = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            LayoutColumn column = columns.get(i);
            if (column.role() == ColumnRole.MEASURE) {
                measures.add(i);
            } else if (layout.pivots().contains(column.id())) {
                pivotDims.add(i);
            } else {
                rowDims.add(i);
            }
        }
        Map<List<Object>, Map<List<Object>, List<Object>>> cells = new LinkedHashMap<>();
        Set<List<Object>> pivotKeys = new LinkedHashSet<>();
        for (List<Object> row : rows) {
            List<Object> rowKey = rowDims.stream().map(row::get).toList();
            List<Object> pivotKey = pivotDims.stream().map(row::get).toList();
            pivotKeys.add(pivotKey);
            cells.computeIfAbsent(rowKey, key -> new HashMap<>())
                    .putIfAbsent(pivotKey, measures.stream().map(row::get).toList());
        }
        List<List<Object>> rowKeys = fill(layout, columns, rowDims, new ArrayList<>(cells.keySet()), notes);
        List<List<Object>> columnKeys = fill(layout, columns, pivotDims, new ArrayList<>(pivotKeys), notes);
        columnKeys = new ArrayList<>(columnKeys);
        columnKeys.sort(keyOrder(layout, columns, pivotDims, true));
        if (columnKeys.size() > layout.columnLimit()) {
            notes.add("pivot: " + columnKeys.size() + " pivot columns, only the first " + layout.columnLimit()
                    + " are shown (column_limit)");
            columnKeys = columnKeys.subList(0, layout.columnLimit());
        }
        List<String> rowIds = rowDims.stream().map(i -> columns.get(i).id()).toList();
        boolean sortedByRows = layout.sorts().stream().anyMatch(sort -> rowIds.contains(sort.field()));
        if (rowKeys.size() != cells.size() || sortedByRows) {
            rowKeys = new ArrayList<>(rowKeys);
            rowKeys.sort(keyOrder(layout, columns, rowDims, false));
        }
        boolean truncated = sqlTruncated || rowKeys.size() > layout.rowLimit();
        if (rowKeys.size() > layout.rowLimit()) {
            rowKeys = rowKeys.subList(0, layout.rowLimit());
        }
        return new PivotTable(layout, columns, rowDims, pivotDims, measures, calculations)
                .build(rowKeys, columnKeys, cells, truncated, sql, notes);
    }

    private static List<List<Object>> fill(ResultLayout layout, List<LayoutColumn> columns, List<Integer> dims,
            List<List<Object>> keys, List<String> notes) {
        Set<Integer> positions = new HashSet<>();
        for (int d = 0; d < dims.size(); d++) {
            if (layout.fillFields().contains(columns.get(dims.get(d)).id())) {
                positions.add(d);
            }
        }
        if (keys.isEmpty()) {
            return keys;
        }
        List<Optional<Timeframe>> timeframes = dims.stream().map(i -> columns.get(i).timeframe()).toList();
        List<String> names = dims.stream().map(i -> columns.get(i).id()).toList();
        return KeyFill.fill(keys, timeframes, positions, layout.weekStart(), notes, names);
    }

    /** Orders keys by the sorts on their dimensions; pivot keys default to ascending values. */
    private static Comparator<List<Object>> keyOrder(ResultLayout layout, List<LayoutColumn> columns,
            List<Integer> dims, boolean ascendingByDefault) {
        List<String> ids = dims.stream().map(i -> columns.get(i).id()).toList();
        List<SortSpec> sorts = new ArrayList<>(layout.sorts().stream().filter(sort -> ids.contains(sort.field()))
                .toList());
        if (ascendingByDefault) {
            for (String id : ids) {
                if (sorts.stream().noneMatch(sort -> sort.field().equals(id))) {
                    sorts.add(new SortSpec(id, false));
                }
            }
        }
        return RowOrder.of(sorts, layout, ids::indexOf, key -> key);
    }
}
