package io.trailscope.dashboard;

import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Result edits a dashboard applies after the query: hiding fields ({@code hidden_fields}), adding notes. */
final class Results {
    private Results() {}

    static QueryResult without(QueryResult result, Set<String> hidden, List<String> notes) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            if (!hidden.contains(result.columns().get(i).field())) {
                kept.add(i);
            }
        }
        List<ResultColumn> columns = kept.stream().map(result.columns()::get).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            List<Object> copy = new ArrayList<>();
            kept.forEach(i -> copy.add(row.get(i)));
            rows.add(copy);
        }
        return new QueryResult(columns, rows, result.truncated(), result.sql(), notes, result.cachedAt());
    }
}
