package io.trailscope.query.result;

import io.trailscope.error.TrailException;
import io.trailscope.query.TableCalculation;
import io.trailscope.query.calc.CalcEvaluator;
import io.trailscope.query.calc.CalcExpression;
import io.trailscope.query.calc.CalcParser;
import io.trailscope.query.time.Timeframe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows a planned query returned into a {@link QueryResult}: hidden sort columns dropped, fill fields
 * filled, pivots spread into columns ({@link PivotShaper}), the row limit applied, timeframes shown as Looker
 * shows them, table calculations computed.
 */
public final class ResultShaper {
    private ResultShaper() {}

    public static QueryResult shape(ResultLayout layout, List<List<Object>> sqlRows, boolean sqlTruncated,
            String sql, List<String> planNotes) {
        List<String> notes = new ArrayList<>(planNotes);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < layout.columns().size(); i++) {
            if (layout.columns().get(i).role() != ColumnRole.SORT_KEY) {
                kept.add(i);
            }
        }
        List<LayoutColumn> columns = kept.stream().map(layout.columns()::get).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : sqlRows) {
            rows.add(kept.stream().map(row::get).toList());
        }
        Map<String, CalcExpression> calculations = parse(layout.calculations(), notes);
        Set<String> known = new HashSet<>(columns.stream().map(LayoutColumn::id).toList());
        for (Map.Entry<String, CalcExpression> calculation : calculations.entrySet()) {
            for (String reference : CalcParser.references(calculation.getValue())) {
                if (!known.contains(reference)) {
                    notes.add("table calculation '" + calculation.getKey() + "' uses '${" + reference
                            + "}', which is not in the query: its values are empty");
                }
            }
            known.add(calculation.getKey());
        }
        if (!layout.pivots().isEmpty()) {
            return PivotShaper.shape(layout, columns, rows, calculations, sqlTruncated, sql, notes);
        }
        return flat(layout, columns, rows, calculations, sqlTruncated, sql, notes);
    }

    private static QueryResult flat(ResultLayout layout, List<LayoutColumn> columns, List<List<Object>> rows,
            Map<String, CalcExpression> calculations, boolean sqlTruncated, String sql, List<String> notes) {
        List<Integer> dimensions = new ArrayList<>();
        Set<Integer> fill = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).role() == ColumnRole.DIMENSION) {
                if (layout.fillFields().contains(columns.get(i).id())) {
                    fill.add(dimensions.size());
                }
                dimensions.add(i);
            }
        }
        List<List<Object>> shaped = rows;
        if (!fill.isEmpty()) {
            shaped = filled(layout, columns, rows, dimensions, fill, notes);
        }
        boolean truncated = sqlTruncated || shaped.size() > layout.rowLimit();
        if (shaped.size() > layout.rowLimit()) {
            shaped = shaped.subList(0, layout.rowLimit());
        }
        ValueDisplay display = new ValueDisplay(layout.weekStart(), layout.fiscalMonthOffset());
        List<ResultColumn> resultColumns = new ArrayList<>();
        columns.forEach(column -> resultColumns.add(ResultColumn.of(column.id(), column.role(), column.label(),
                column.valueFormatName())));
        calculations.keySet().forEach(name -> resultColumns.add(calculationColumn(layout, name)));
        List<List<Object>> out = new ArrayList<>();
        for (List<Object> row : shaped) {
            List<Object> shown = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                shown.add(display.show(columns.get(i).timeframe(), row.get(i)));
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i).id(), row.get(i));
            }
            for (Map.Entry<String, CalcExpression> calculation : calculations.entrySet()) {
                Double value = CalcEvaluator.evaluate(calculation.getValue(),
                        name -> Optional.ofNullable(values.get(name)));
                values.put(calculation.getKey(), value);
                shown.add(value);
            }
            out.add(shown);
        }
        return new QueryResult(resultColumns, out, truncated, sql, notes);
    }

    private static List<List<Object>> filled(ResultLayout layout, List<LayoutColumn> columns, List<List<Object>> rows,
            List<Integer> dimensions, Set<Integer> fill, List<String> notes) {
        Map<List<Object>, List<Object>> byKey = new LinkedHashMap<>();
        for (List<Object> row : rows) {
            byKey.putIfAbsent(dimensions.stream().map(row::get).toList(), row);
        }
        List<Optional<Timeframe>> timeframes = dimensions.stream().map(i -> columns.get(i).timeframe()).toList();
        List<String> names = dimensions.stream().map(i -> columns.get(i).id()).toList();
        List<List<Object>> keys = KeyFill.fill(new ArrayList<>(byKey.keySet()), timeframes, fill, layout.weekStart(),
                notes, names);
        if (keys.size() == byKey.size()) {
            return rows;
        }
        List<List<Object>> result = new ArrayList<>();
        for (List<Object> key : keys) {
            List<Object> row = byKey.get(key);
            if (row == null) {
                row = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    row.add(null);
                }
                for (int d = 0; d < dimensions.size(); d++) {
                    row.set(dimensions.get(d), key.get(d));
                }
            }
            result.add(row);
        }
        List<String> ids = columns.stream().map(LayoutColumn::id).toList();
        result.sort(RowOrder.of(layout.sorts(), layout, ids::indexOf, row -> row));
        return result;
    }

    static ResultColumn calculationColumn(ResultLayout layout, String name) {
        TableCalculation calculation = layout.calculations().stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        return ResultColumn.of(name, ColumnRole.CALCULATION, calculation.label(), calculation.valueFormatName());
    }

    /** Parses each calculation; one that cannot be parsed is left out with a note. */
    static Map<String, CalcExpression> parse(List<TableCalculation> calculations, List<String> notes) {
        Map<String, CalcExpression> parsed = new LinkedHashMap<>();
        for (TableCalculation calculation : calculations) {
            try {
                parsed.put(calculation.name(), CalcParser.parse(calculation.expression()));
            } catch (TrailException e) {
                notes.add("table calculation '" + calculation.name() + "' left out: " + e.getMessage());
            }
        }
        return parsed;
    }
}
