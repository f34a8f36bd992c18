package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.RenderedSql;
import io.trino.sql.tree.AliasedRelation;
import io.trino.sql.tree.DereferenceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.Identifier;
import io.trino.sql.tree.Parameter;
import io.trino.sql.tree.Query;
import io.trino.sql.tree.QuerySpecification;
import io.trino.sql.tree.SingleColumn;
import io.trino.sql.tree.StringLiteral;
import io.trino.sql.tree.TableSubquery;

/** Reads values back out of SQL text through the Trino parser, the oracle for Trino-family dialects. */
final class TrinoReadBack {
    private TrinoReadBack() {}

    /** The value of the first select item: a string literal, or the value bound to a {@code ?}. */
    static String stringValue(RenderedSql sql) {
        Expression expression = firstItem(querySpecification(sql.text())).getExpression();
        if (expression instanceof Parameter parameter) {
            return (String) sql.parameters().get(parameter.getId());
        }
        assertThat(expression).isInstanceOf(StringLiteral.class);
        return ((StringLiteral) expression).getValue();
    }

    /**
     * For {@code SELECT "x"."x" AS "x" FROM (SELECT 1 AS "x") AS "x"}: checks that all five identifiers parse to
     * the same name and returns it.
     */
    static String identifiers(RenderedSql sql) {
        QuerySpecification outer = querySpecification(sql.text());
        SingleColumn item = firstItem(outer);
        DereferenceExpression column = (DereferenceExpression) item.getExpression();
        String name = item.getAlias().orElseThrow().getValue();
        assertThat(((Identifier) column.getBase()).getValue()).isEqualTo(name);
        assertThat(column.getField().orElseThrow().getValue()).isEqualTo(name);
        AliasedRelation from = (AliasedRelation) outer.getFrom().orElseThrow();
        assertThat(from.getAlias().getValue()).isEqualTo(name);
        Query inner = ((TableSubquery) from.getRelation()).getQuery();
        assertThat(firstItem((QuerySpecification) inner.getQueryBody()).getAlias().orElseThrow().getValue())
                .isEqualTo(name);
        return name;
    }

    private static QuerySpecification querySpecification(String text) {
        Query query = (Query) TrinoSyntax.parse(text);
        return (QuerySpecification) query.getQueryBody();
    }

    private static SingleColumn firstItem(QuerySpecification specification) {
        return (SingleColumn) specification.getSelect().getSelectItems().get(0);
    }
}
