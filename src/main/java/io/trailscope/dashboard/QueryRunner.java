package io.trailscope.dashboard;

import static java.util.Objects.requireNonNull;

import io.trailscope.engine.ResultCache;
import io.trailscope.engine.ResultTable;
import io.trailscope.model.Model;
import io.trailscope.model.SemanticProject;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.plan.QueryPlan;
import io.trailscope.query.plan.QueryPlanner;
import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultShaper;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.Dialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Runs semantic queries: plan for the model's engine, render, execute with bound values, shape the rows. */
public final class QueryRunner {
    private final SemanticProject project;
    private final Connections connections;
    private final Clock clock;
    private final boolean refresh;

    public QueryRunner(SemanticProject project, Connections connections, Clock clock) {
        this(project, connections, clock, false);
    }

    private QueryRunner(SemanticProject project, Connections connections, Clock clock, boolean refresh) {
        this.project = requireNonNull(project, "project is null");
        this.connections = requireNonNull(connections, "connections is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.refresh = refresh;
    }

    /** The same runner, but every query runs on its engine and its rows replace what the result cache held. */
    public QueryRunner refreshing() {
        return new QueryRunner(project, connections, clock, true);
    }

    public SemanticProject project() {
        return project;
    }

    /** The SQL the query would run, with values inlined as literals (what {@code --sql} and the UI show). */
    public String sql(QueryRequest request) {
        Model model = TileContext.model(project, request.model());
        Dialect dialect = connections.dialect(model);
        return new SqlRenderer(dialect).renderInline(plan(model, dialect, request).select());
    }

    public QueryResult run(QueryRequest request) {
        Model model = TileContext.model(project, request.model());
        Dialect dialect = connections.dialect(model);
        QueryPlan plan = plan(model, dialect, request);
        SqlRenderer renderer = new SqlRenderer(dialect);
        RenderedSql rendered = renderer.render(plan.select());
        int maxRows = Math.toIntExact(plan.select().limit().orElse(QueryPlanner.PIVOT_SQL_LIMIT));
        ResultCache.Execution execution = connections.execute(model, rendered, maxRows, refresh);
        ResultTable table = execution.table();
        boolean limitReached = table.truncated() || table.rows().size() >= maxRows;
        if (limitReached && !plan.layout().pivots().isEmpty()) {
            plan = new QueryPlan(plan.select(), plan.layout(), append(plan.notes(), "the pivoted query stopped at "
                    + maxRows + " rows before pivoting; some cells may be missing"));
        }
        QueryResult result = ResultShaper.shape(plan.layout(), table.rows(), limitReached,
                renderer.renderInline(plan.select()), plan.notes());
        return execution.cachedAt().map(result::cachedAt).orElse(result);
    }

    private static List<String> append(List<String> notes, String note) {
        List<String> all = new ArrayList<>(notes);
        all.add(note);
        return all;
    }

    private QueryPlan plan(Model model, Dialect dialect, QueryRequest request) {
        return new QueryPlanner(dialect.capabilities(), clock).plan(model, request);
    }
}
