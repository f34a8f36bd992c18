package io.trailscope.query.plan;

import static java.util.Objects.requireNonNull;

import io.trailscope.query.result.ResultLayout;
import io.trailscope.sql.Select;
import java.util.List;

/**
 * A planned query: the SQL AST to render for the engine, how to shape its rows ({@link ResultLayout}), and notes on
 * what was ignored or adjusted (an unknown sort, a capped limit, a filter with no effect).
 */
public record QueryPlan(Select select, ResultLayout layout, List<String> notes) {
    public QueryPlan {
        requireNonNull(select, "select is null");
        requireNonNull(layout, "layout is null");
        notes = List.copyOf(notes);
    }
}
