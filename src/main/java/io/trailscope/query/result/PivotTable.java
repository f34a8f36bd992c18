package io.trailscope.query.result;

import io.trailscope.query.calc.CalcEvaluator;
import io.trailscope.query.calc.CalcExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes out a pivoted result: row dimensions, then per pivot column its measures and calculations. */
final class PivotTable {
    private final ResultLayout layout;
    private final List<LayoutColumn> columns;
    private final List<Integer> rowDims;
    private final List<Integer> pivotDims;
    private final List<Integer> measures;
    private final Map<String, CalcExpression> calculations;
    private final ValueDisplay display;

    PivotTable(ResultLayout layout, List<LayoutColumn> columns, List<Integer> rowDims, List<Integer> pivotDims,
            List<Integer> measures, Map<String, CalcExpression> calculations) {
        this.layout = layout;
        this.columns = columns;
        this.rowDims = rowDims;
        this.pivotDims = pivotDims;
        this.measures = measures;
        this.calculations = calculations;
        this.display = new ValueDisplay(layout.weekStart(), layout.fiscalMonthOffset());
    }

    QueryResult build(List<List<Object>> rowKeys, List<List<Object>> columnKeys,
            Map<List<Object>, Map<List<Object>, List<Object>>> cells, boolean truncated, String sql,
            List<String> notes) {
        List<ResultColumn> header = new ArrayList<>();
        for (int dim : rowDims) {
            LayoutColumn column = columns.get(dim);
            header.add(ResultColumn.of(column.id(), column.role(), column.label(), column.valueFormatName()));
        }
        for (List<Object> columnKey : columnKeys) {
            List<Object> shownKey = shownPivot(columnKey);
            String suffix = suffix(shownKey);
            for (int measure : measures) {
                LayoutColumn column = columns.get(measure);
                header.add(new ResultColumn(column.id() + suffix, column.id(), ColumnRole.MEASURE, column.label(),
                        column.valueFormatName(), shownKey));
            }
            for (String name : calculations.keySet()) {
                ResultColumn calculation = ResultShaper.calculationColumn(layout, name);
                header.add(new ResultColumn(name + suffix, name, ColumnRole.CALCULATION, calculation.label(),
                        calculation.valueFormatName(), shownKey));
            }
        }
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> rowKey : rowKeys) {
            List<Object> row = new ArrayList<>();
            for (int d = 0; d < rowDims.size(); d++) {
                row.add(display.show(columns.get(rowDims.get(d)).timeframe(), rowKey.get(d)));
            }
            Map<List<Object>, List<Object>> byPivot = cells.getOrDefault(rowKey, new HashMap<>());
            for (List<Object> columnKey : columnKeys) {
                List<Object> values = byPivot.get(columnKey);
                Map<String, Object> named = new LinkedHashMap<>();
                for (int d = 0; d < rowDims.size(); d++) {
                    named.put(columns.get(rowDims.get(d)).id(), rowKey.get(d));
                }
                for (int m = 0; m < measures.size(); m++) {
                    Object value = values == null ? null : values.get(m);
                    named.put(columns.get(measures.get(m)).id(), value);
                    row.add(value);
                }
                for (Map.Entry<String, CalcExpression> calculation : calculations.entrySet()) {
                    Double value = CalcEvaluator.evaluate(calculation.getValue(),
                            name -> Optional.ofNullable(named.get(name)));
                    named.put(calculation.getKey(), value);
                    row.add(value);
                }
            }
            out.add(row);
        }
        return new QueryResult(header, out, truncated, sql, notes);
    }

    private List<Object> shownPivot(List<Object> key) {
        List<Object> shown = new ArrayList<>();
        for (int d = 0; d < pivotDims.size(); d++) {
            shown.add(display.show(columns.get(pivotDims.get(d)).timeframe(), key.get(d)));
        }
        return shown;
    }

    private static String suffix(List<Object> shownKey) {
        StringBuilder suffix = new StringBuilder();
        for (Object value : shownKey) {
            suffix.append('|').append(value == null ? "∅" : value);
        }
        return suffix.toString();
    }
}
