package io.trailscope.query.plan;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.model.DerivedTableSource;
import io.trailscope.model.SqlReference;
import io.trailscope.model.SqlTableSource;
import io.trailscope.model.SqlTemplate;
import io.trailscope.model.View;
import io.trailscope.sql.RawQuery;
import io.trailscope.sql.RawTable;
import io.trailscope.sql.Relation;
import io.trailscope.sql.SubqueryRelation;
import io.trailscope.sql.TableRef;
import io.trailscope.sql.dialect.Capability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * View sources as relations. A derived table becomes a CTE named after its view (once, after the CTEs it uses) or,
 * without CTE support, a subquery; {@code ${view.SQL_TABLE_NAME}} becomes that CTE's name or the view's table.
 */
final class Ctes {
    private final PlanContext context;
    private final Map<String, RawQuery> ctes = new LinkedHashMap<>();
    private final List<String> expanding = new ArrayList<>();

    Ctes(PlanContext context) {
        this.context = context;
    }

    Relation relation(String alias, String viewName) {
        View view = view(viewName);
        if (view.source() instanceof DerivedTableSource derived) {
            RawQuery query = new RawQuery(text(derived.sql(), viewName));
            if (!context.supports(Capability.COMMON_TABLE_EXPRESSIONS)) {
                return new SubqueryRelation(query, alias);
            }
            ctes.putIfAbsent(viewName, query);
            return TableRef.of(viewName).as(alias);
        }
        return RawTable.of(text(((SqlTableSource) view.source()).table(), viewName), alias);
    }

    /** The CTEs in the order they must be written. */
    Map<String, RawQuery> ctes() {
        return ctes;
    }

    /** The table text of a view: its sql_table_name, or the name of its CTE. */
    String tableName(String viewName) {
        View view = view(viewName);
        if (view.source() instanceof DerivedTableSource derived) {
            if (!context.supports(Capability.COMMON_TABLE_EXPRESSIONS)) {
                return "(" + text(derived.sql(), viewName) + ")";
            }
            if (!ctes.containsKey(viewName)) {
                RawQuery query = new RawQuery(text(derived.sql(), viewName));
                ctes.putIfAbsent(viewName, query);
            }
            return viewName;
        }
        return text(((SqlTableSource) view.source()).table(), viewName);
    }

    private String text(SqlTemplate template, String viewName) {
        if (expanding.contains(viewName)) {
            throw new TrailException(ErrorCode.QUERY_INVALID, "derived tables use each other in a cycle: "
                    + String.join(" -> ", expanding) + " -> " + viewName);
        }
        expanding.add(viewName);
        StringBuilder text = new StringBuilder();
        for (SqlTemplate.Segment segment : template.segments()) {
            if (segment instanceof SqlTemplate.Text plain) {
                text.append(plain.text());
            } else {
                SqlReference reference = ((SqlTemplate.Ref) segment).reference();
                if (!reference.isSqlTableName()) {
                    throw new TrailException(ErrorCode.QUERY_INVALID, reference.location() + ": '${"
                            + reference.written() + "}' cannot be used in the table of view '" + viewName + "'");
                }
                text.append(tableName(reference.view().orElseThrow()));
            }
        }
        expanding.remove(expanding.size() - 1);
        return text.toString();
    }

    private View view(String viewName) {
        context.model().viewProblem(viewName).ifPresent(problem -> {
            throw new TrailException(ErrorCode.QUERY_INVALID, "view '" + viewName + "' cannot be used: " + problem);
        });
        return context.model().view(viewName).orElseThrow(() -> new TrailException(ErrorCode.QUERY_INVALID,
                "view '" + viewName + "' is not defined"));
    }
}
