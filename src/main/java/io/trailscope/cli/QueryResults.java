package io.trailscope.cli;

import io.trailscope.engine.ResultTable;
import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Semantic results as tables for {@link ResultPrinter}: one column per result column, named as in the result. */
final class QueryResults {
    private QueryResults() {}

    static ResultTable table(QueryResult result) {
        List<ResultTable.Column> columns = new ArrayList<>();
        for (ResultColumn column : result.columns()) {
            columns.add(new ResultTable.Column(column.name(), column.role().name().toLowerCase(Locale.ROOT)));
        }
        return new ResultTable(columns, result.rows(), result.truncated());
    }
}
