package io.trailscope.sql.dialect;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.And;
import io.trailscope.sql.CommonTableExpression;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Join;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.OrderTarget;
import io.trailscope.sql.Query;
import io.trailscope.sql.QueryVisitor;
import io.trailscope.sql.RawQuery;
import io.trailscope.sql.RawTable;
import io.trailscope.sql.Relation;
import io.trailscope.sql.RelationVisitor;
import io.trailscope.sql.Select;
import io.trailscope.sql.SelectItem;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.SubqueryRelation;
import io.trailscope.sql.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Lays a query out one clause per line, items and nested queries indented by two spaces, so golden files read
 * like hand-written SQL. Everything is written strictly left to right, which keeps parameters in order.
 */
final class QueryWriter implements QueryVisitor<Void>, RelationVisitor<Void> {
    private static final String INDENT = "  ";

    private final Dialect dialect;
    private final ExpressionWriter expressions;
    private final StringBuilder out = new StringBuilder();
    private int depth;
    /** The keyword ("FROM ", "LEFT JOIN ") the relation being visited starts its first line with. */
    private String prefix = "";

    QueryWriter(Dialect dialect, ExpressionWriter expressions) {
        this.dialect = dialect;
        this.expressions = expressions;
    }

    String render(Query query) {
        query.accept(this);
        return out.toString();
    }

    static String sortSuffix(OrderItem item, Dialect dialect) {
        String suffix = item.direction() == SortDirection.ASC ? " ASC" : " DESC";
        if (item.nulls().isEmpty()) {
            return suffix;
        }
        require(dialect, Capability.NULLS_ORDERING, "NULLS FIRST/LAST");
        return suffix + " NULLS " + item.nulls().get().name();
    }

    private static void require(Dialect dialect, Capability capability, String what) {
        if (!dialect.supports(capability)) {
            throw new TrailException(ErrorCode.SQL_UNSUPPORTED, dialect.name() + " cannot render " + what);
        }
    }

    private void line(String text) {
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append(INDENT.repeat(depth)).append(text);
    }

    private String expression(Expression expression, int precedence) {
        return expressions.render(expression, precedence);
    }

    @Override
    public Void visitRawQuery(RawQuery query) {
        line(dialect.rawSql(query.sql()));
        return null;
    }

    @Override
    public Void visitSelect(Select select) {
        writeWith(select.with());
        line(select.distinct() ? "SELECT DISTINCT" : "SELECT");
        depth++;
        for (int i = 0; i < select.items().size(); i++) {
            SelectItem item = select.items().get(i);
            String alias = item.alias().map(name -> " AS " + dialect.quoteIdentifier(name)).orElse("");
            line(expression(item.expression(), Precedence.ANY) + alias + (i < select.items().size() - 1 ? "," : ""));
        }
        depth--;
        select.from().ifPresent(from -> relation("FROM ", from));
        select.joins().forEach(this::writeJoin);
        select.where().ifPresent(where -> conjuncts("WHERE ", where));
        writeGroupBy(select);
        select.having().ifPresent(having -> conjuncts("HAVING ", having));
        select.qualify().ifPresent(qualify -> {
            require(dialect, Capability.QUALIFY, "QUALIFY");
            conjuncts("QUALIFY ", qualify);
        });
        writeOrderBy(select);
        writeLimit(select.limit(), select.offset());
        return null;
    }

    private void writeWith(List<CommonTableExpression> with) {
        if (with.isEmpty()) {
            return;
        }
        require(dialect, Capability.COMMON_TABLE_EXPRESSIONS, "WITH");
        line("WITH");
        depth++;
        for (int i = 0; i < with.size(); i++) {
            line(dialect.quoteIdentifier(with.get(i).name()) + " AS (");
            depth++;
            with.get(i).query().accept(this);
            depth--;
            line(i < with.size() - 1 ? ")," : ")");
        }
        depth--;
    }

    private void writeJoin(Join join) {
        if (join.type() == JoinType.FULL) {
            require(dialect, Capability.FULL_OUTER_JOIN, "FULL OUTER JOIN");
        }
        relation(join.type().keyword() + " ", join.relation());
        join.condition().ifPresent(on -> out.append(" ON ").append(expression(on, Precedence.ANY)));
    }

    /** A top-level AND is written one condition per line. */
    private void conjuncts(String keyword, Expression condition) {
        if (!(condition instanceof And and) || and.operands().size() == 1) {
            line(keyword + expression(condition, Precedence.ANY));
            return;
        }
        line(keyword + expression(and.operands().get(0), Precedence.AND + 1));
        depth++;
        for (Expression operand : and.operands().subList(1, and.operands().size())) {
            line("AND " + expression(operand, Precedence.AND + 1));
        }
        depth--;
    }

    private void writeGroupBy(Select select) {
        if (select.groupBy().isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (Expression expression : select.groupBy()) {
            OptionalLong ordinal = select.ordinalOfExpression(expression);
            if (dialect.settings().groupByOrdinal() && ordinal.isPresent()) {
                items.add(String.valueOf(ordinal.getAsLong()));
            }
            else {
                items.add(expression(expression, Precedence.ANY));
            }
        }
        line("GROUP BY " + String.join(", ", items));
    }

    private void writeOrderBy(Select select) {
        if (select.orderBy().isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (OrderItem item : select.orderBy()) {
            items.add(orderTarget(select, item.target()) + sortSuffix(item, dialect));
        }
        line("ORDER BY " + String.join(", ", items));
    }

    private String orderTarget(Select select, OrderTarget target) {
        return target.accept(new OrderTarget.Visitor<String>() {
            @Override
            public String visitExpression(OrderTarget.ByExpression byExpression) {
                return expression(byExpression.expression(), Precedence.ANY);
            }

            @Override
            public String visitAlias(OrderTarget.ByAlias byAlias) {
                if (dialect.settings().orderByAlias()) {
                    return dialect.quoteIdentifier(byAlias.alias());
                }
                return String.valueOf(select.ordinalOfAlias(byAlias.alias()).getAsLong());
            }

            @Override
            public String visitOrdinal(OrderTarget.ByOrdinal byOrdinal) {
                return String.valueOf(byOrdinal.ordinal());
            }
        });
    }

    private void writeLimit(OptionalLong limit, OptionalLong offset) {
        if (dialect.settings().limitStyle() == LimitStyle.OFFSET_THEN_LIMIT) {
            offset.ifPresent(rows -> line("OFFSET " + rows));
        }
        limit.ifPresent(rows -> line("LIMIT " + rows));
        if (dialect.settings().limitStyle() == LimitStyle.LIMIT_THEN_OFFSET) {
            offset.ifPresent(rows -> line("OFFSET " + rows));
        }
    }

    // ---- relations ----------------------------------------------------------------------------------------

    private void relation(String keyword, Relation relation) {
        prefix = keyword;
        relation.accept(this);
    }

    @Override
    public Void visitTableRef(TableRef table) {
        StringBuilder name = new StringBuilder();
        table.catalog().ifPresent(catalog -> name.append(dialect.quoteIdentifier(catalog)).append('.'));
        table.schema().ifPresent(schema -> name.append(dialect.quoteIdentifier(schema)).append('.'));
        name.append(dialect.quoteIdentifier(table.name()));
        table.alias().ifPresent(alias -> name.append(" AS ").append(dialect.quoteIdentifier(alias)));
        line(prefix + name);
        return null;
    }

    @Override
    public Void visitRawTable(RawTable table) {
        String separator = table.sql().contains("--") ? "\n" : "";
        line(prefix + dialect.rawSql(table.sql()) + separator
                + table.alias().map(alias -> " AS " + dialect.quoteIdentifier(alias)).orElse(""));
        return null;
    }

    @Override
    public Void visitSubquery(SubqueryRelation subquery) {
        line(prefix + "(");
        depth++;
        subquery.query().accept(this);
        depth--;
        line(") AS " + dialect.quoteIdentifier(subquery.alias()));
        return null;
    }
}
