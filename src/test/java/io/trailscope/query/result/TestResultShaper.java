package io.trailscope.query.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.SortSpec;
import io.trailscope.query.TableCalculation;
import io.trailscope.query.time.Timeframe;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestResultShaper {
    private static LayoutColumn dimension(String id, Timeframe timeframe) {
        return new LayoutColumn(id, ColumnRole.DIMENSION, Optional.ofNullable(timeframe), Optional.empty(),
                Optional.empty());
    }

    private static LayoutColumn measure(String id) {
        return new LayoutColumn(id, ColumnRole.MEASURE, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static ResultLayout layout(List<LayoutColumn> columns, List<String> pivots, List<String> fill,
            List<SortSpec> sorts, int rows, int columnLimit, List<TableCalculation> calculations) {
        return new ResultLayout(columns, pivots, fill, sorts, rows, columnLimit, calculations, DayOfWeek.MONDAY, 0);
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    @Test
    void fillsMissingDatesAndSortsAgain() {
        ResultLayout layout = layout(List.of(dimension("e.day", Timeframe.DATE), measure("e.count")), List.of(),
                List.of("e.day"), List.of(new SortSpec("e.day", true)), 500, 50, List.of());
        QueryResult result = ResultShaper.shape(layout, List.of(row(LocalDate.of(2024, 1, 4), 3L),
                row(LocalDate.of(2024, 1, 1), 1L)), false, "SQL", List.of());
        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("e.day", "e.count");
        assertThat(result.rows()).containsExactly(List.of("2024-01-04", 3L), Arrays.asList("2024-01-03", null),
                Arrays.asList("2024-01-02", null), List.of("2024-01-01", 1L));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void pivotsWithFilledRowsAndColumns() {
        ResultLayout layout = layout(List.of(dimension("e.hour", Timeframe.HOUR_OF_DAY),
                dimension("e.weekday", Timeframe.DAY_OF_WEEK), measure("e.count")), List.of("e.weekday"),
                List.of("e.hour", "e.weekday"), List.of(new SortSpec("e.weekday", false), new SortSpec("e.hour", false)),
                500, 50, List.of());
        QueryResult result = ResultShaper.shape(layout, List.of(row(3L, "Tuesday", 5L), row(1L, "Monday", 2L)),
                false, "SQL", List.of());
        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("e.hour", "e.count|Monday",
                "e.count|Tuesday", "e.count|Wednesday", "e.count|Thursday", "e.count|Friday", "e.count|Saturday",
                "e.count|Sunday");
        assertThat(result.rows()).hasSize(24);
        assertThat(result.rows().get(0)).containsExactly(0L, null, null, null, null, null, null, null);
        assertThat(result.rows().get(1)).containsExactly(1L, 2L, null, null, null, null, null, null);
        assertThat(result.rows().get(3)).containsExactly(3L, null, 5L, null, null, null, null, null);
        assertThat(result.columns().get(2).pivotValues()).containsExactly("Tuesday");
    }

    @Test
    void limitsPivotRowsAndColumns() {
        ResultLayout layout = layout(List.of(dimension("e.region", null), dimension("e.name", null),
                measure("e.count")), List.of("e.region"), List.of(), List.of(new SortSpec("e.count", true)), 1, 2,
                List.of());
        QueryResult result = ResultShaper.shape(layout, List.of(row("c", "x", 9L), row("a", "y", 7L),
                row("b", "x", 5L), row(null, "x", 1L)), false, "SQL", List.of());
        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("e.name", "e.count|a",
                "e.count|b");
        assertThat(result.rows()).containsExactly(Arrays.asList("x", null, 5L));
        assertThat(result.truncated()).isTrue();
        assertThat(result.notes()).containsExactly("pivot: 4 pivot columns, only the first 2 are shown (column_limit)");
    }

    @Test
    void computesTableCalculationsAndDropsSortKeys() {
        ResultLayout layout = layout(List.of(dimension("e.name", null), measure("e.count"), measure("e.errors"),
                new LayoutColumn("__sort_1", ColumnRole.SORT_KEY, Optional.empty(), Optional.empty(),
                        Optional.empty())), List.of(), List.of(), List.of(), 500, 50, List.of(
                new TableCalculation("copy", Optional.of("Copy"), "${e.count}", Optional.empty()),
                new TableCalculation("rate", Optional.empty(), "${e.errors} / ${e.count} * 100", Optional.empty()),
                new TableCalculation("broken", Optional.empty(), "${e.users}", Optional.empty()),
                new TableCalculation("bad", Optional.empty(), "sum(${e.count})", Optional.empty())));
        QueryResult result = ResultShaper.shape(layout, List.of(row("a", 4L, 1L, 0), row("b", 0L, 0L, 1)), false,
                "SQL", List.of());
        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("e.name", "e.count", "e.errors",
                "copy", "rate", "broken");
        assertThat(result.rows()).containsExactly(Arrays.asList("a", 4L, 1L, 4.0, 25.0, null),
                Arrays.asList("b", 0L, 0L, 0.0, null, null));
        assertThat(result.notes()).containsExactly(
                "table calculation 'bad' left out: table calculation:1:1: functions are not supported in table"
                        + " calculations (only numbers, ${fields}, + - * / and parentheses) in 'sum(${e.count})'",
                "table calculation 'broken' uses '${e.users}', which is not in the query: its values are empty");
    }
}
