package io.trailscope.sql.dialect;

import static java.util.Objects.requireNonNull;

import io.trailscope.sql.Expression;
import io.trailscope.sql.Query;
import io.trailscope.sql.RenderedSql;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the neutral AST as SQL text for one dialect. The renderer owns layout, precedence and parameter order;
 * at every point where engines differ it asks the {@link Dialect}. Output is deterministic: the same AST and
 * dialect always give the same text. No trailing semicolon (Trino and Athena reject one).
 */
public final class SqlRenderer {
    private final Dialect dialect;

    public SqlRenderer(Dialect dialect) {
        this.dialect = requireNonNull(dialect, "dialect is null");
    }

    /** Text with {@code ?} placeholders and their values, or every value inlined if the dialect cannot bind. */
    public RenderedSql render(Query query) {
        requireNonNull(query, "query is null");
        List<Object> parameters = new ArrayList<>();
        String text = queryWriter(!dialect.supports(Capability.BIND_PARAMETERS), parameters).render(query);
        return new RenderedSql(text, parameters);
    }

    /** Text with every parameter inlined as a correctly escaped literal: for display and for engines without binding. */
    public String renderInline(Query query) {
        requireNonNull(query, "query is null");
        return queryWriter(true, new ArrayList<>()).render(query);
    }

    /** One expression on one line, as it would appear in a select list. */
    public RenderedSql render(Expression expression) {
        requireNonNull(expression, "expression is null");
        List<Object> parameters = new ArrayList<>();
        String text = expressionWriter(!dialect.supports(Capability.BIND_PARAMETERS), parameters)
                .render(expression, Precedence.ANY);
        return new RenderedSql(text, parameters);
    }

    public String renderInline(Expression expression) {
        requireNonNull(expression, "expression is null");
        return expressionWriter(true, new ArrayList<>()).render(expression, Precedence.ANY);
    }

    private QueryWriter queryWriter(boolean inline, List<Object> parameters) {
        return new QueryWriter(dialect, expressionWriter(inline, parameters));
    }

    private ExpressionWriter expressionWriter(boolean inline, List<Object> parameters) {
        return new ExpressionWriter(dialect, new Lowering(dialect, inline), parameters);
    }
}
