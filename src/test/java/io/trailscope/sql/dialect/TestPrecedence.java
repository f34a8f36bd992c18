package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;
import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.ArithmeticOperator;
import io.trailscope.sql.Arithmetic;
import io.trailscope.sql.Concat;
import io.trailscope.sql.Expression;
import io.trailscope.sql.Literal;
import io.trailscope.sql.RawSql;
import io.trailscope.sql.Select;
import io.trailscope.sql.Sql;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parentheses come from precedence: only where needed for structured nodes, always around raw operands. */
final class TestPrecedence {
    private static final SqlRenderer DUCKDB = new SqlRenderer(DuckDbDialect.INSTANCE);

    private static String render(Expression expression) {
        return DUCKDB.renderInline(expression);
    }

    @Test
    void arithmeticKeepsAssociativityAndPriority() {
        Expression ten = Literal.of(10);
        Expression five = Literal.of(5);
        Expression two = Literal.of(2);
        Select select = Select.builder()
                .select(Sql.minus(ten, Sql.minus(five, two)), "a")
                .select(Sql.minus(Sql.minus(ten, five), two), "b")
                .select(Sql.times(Sql.plus(ten, five), two), "c")
                .select(Sql.plus(ten, Sql.times(five, two)), "d")
                .select(new Arithmetic(ArithmeticOperator.MODULO, Sql.minus(ten, Literal.of(-5)), Literal.of(4)), "e")
                .select(new Arithmetic(ArithmeticOperator.DIVIDE, ten, Sql.times(five, two)), "f")
                .build();
        String expected = """
                SELECT
                  10 - (5 - 2) AS "a",
                  10 - 5 - 2 AS "b",
                  (10 + 5) * 2 AS "c",
                  10 + 5 * 2 AS "d",
                  (10 - -5) % 4 AS "e",
                  10 / (5 * 2) AS "f"
                """;
        assertSql(select).duckdb(expected, List.of(List.of(7, 3, 30, 20, 3, 1.0))).trinoAndAthena(expected);
    }

    @Test
    void logicAndPredicates() {
        Expression a = Sql.column("a");
        Expression b = Sql.column("b");
        Expression c = Sql.column("c");
        assertThat(render(Sql.and(Sql.or(a, b), c))).isEqualTo("(\"a\" OR \"b\") AND \"c\"");
        assertThat(render(Sql.or(Sql.and(a, b), c))).isEqualTo("\"a\" AND \"b\" OR \"c\"");
        assertThat(render(Sql.and(Sql.and(a, b), c))).isEqualTo("\"a\" AND \"b\" AND \"c\"");
        assertThat(render(Sql.not(Sql.eq(a, b)))).isEqualTo("NOT (\"a\" = \"b\")");
        assertThat(render(Sql.not(a))).isEqualTo("NOT \"a\"");
        assertThat(render(Sql.eq(Sql.eq(a, b), Literal.of(true)))).isEqualTo("(\"a\" = \"b\") = TRUE");
        assertThat(render(Sql.isNull(Sql.plus(a, b)))).isEqualTo("\"a\" + \"b\" IS NULL");
        assertThat(render(Sql.and(a))).isEqualTo("\"a\"");
        assertThat(render(Sql.eq(new Concat(List.of(a, b)), c))).isEqualTo("\"a\" || \"b\" = \"c\"");
        assertThat(render(new Concat(List.of(Sql.plus(a, b), new Concat(List.of(b, c))))))
                .isEqualTo("\"a\" + \"b\" || (\"b\" || \"c\")");
    }

    /** A user fragment is a black box: parenthesized as an operand, bare where it stands alone. */
    @Test
    void rawFragments() {
        assertThat(render(Sql.times(Sql.raw("x + 1"), Literal.of(2)))).isEqualTo("(x + 1) * 2");
        assertThat(render(Sql.not(Sql.raw("a OR b")))).isEqualTo("NOT (a OR b)");
        assertThat(render(Sql.call("lower", Sql.raw("a || b")))).isEqualTo("lower(a || b)");
        assertThat(render(Sql.raw("  x + 1\n"))).isEqualTo("x + 1");
        assertThat(render(RawSql.template("{} + {}", Sql.plus(Sql.column("a"), Literal.of(1)), Sql.column("b"))))
                .isEqualTo("(\"a\" + 1) + \"b\"");
    }

    /** A trailing line comment in user SQL must not swallow the rest of the line. */
    @Test
    void lineCommentsEndTheirLine() {
        Select select = Select.builder()
                .select(Sql.raw("1 -- one"), "a")
                .select(Sql.plus(Sql.raw("2 -- two"), Literal.of(1)), "b")
                .build();
        String expected = """
                SELECT
                  1 -- one
                 AS "a",
                  (2 -- two
                ) + 1 AS "b"
                """;
        assertSql(select).duckdb(expected, List.of(Arrays.asList(1, 3))).trinoAndAthena(expected);
    }
}
