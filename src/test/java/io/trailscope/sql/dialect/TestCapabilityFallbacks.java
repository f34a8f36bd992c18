package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.Aggregate;
import io.trailscope.sql.AggregateFunction;
import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.Like;
import io.trailscope.sql.Literal;
import io.trailscope.sql.NullOrdering;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.SafeDivide;
import io.trailscope.sql.Select;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.TableRef;
import io.trailscope.sql.WindowFunction;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A dialect with no optional capability: the renderer falls back where an equivalent exists (and DuckDB runs
 * the fallback to prove it is equivalent), and refuses with SQL_UNSUPPORTED where none does.
 */
final class TestCapabilityFallbacks {
    private static final Dialect CONSERVATIVE = TestingDialect.CONSERVATIVE;
    private static final TableRef EVENTS = TableRef.of("aws", "cloudtrail_logs");

    @Test
    void filteredAggregatesBecomeCaseExpressions() {
        Expression error = Sql.isNotNull(Sql.column("error_code"));
        Select select = Select.builder()
                .select(Sql.count().withFilter(error), "errors")
                .select(Aggregate.distinct(AggregateFunction.COUNT, Sql.column("user_name")).withFilter(error), "users")
                .select(Sql.sum(Sql.column("bytes")).withFilter(error), "bytes")
                .from(EVENTS)
                .build();
        assertSql(select)
                .dialect(CONSERVATIVE, """
                        SELECT
                          COUNT(CASE WHEN "error_code" IS NOT NULL THEN 1 END) AS "errors",
                          COUNT(DISTINCT CASE WHEN "error_code" IS NOT NULL THEN "user_name" END) AS "users",
                          SUM(CASE WHEN "error_code" IS NOT NULL THEN "bytes" END) AS "bytes"
                        FROM "aws"."cloudtrail_logs"
                        """)
                .duckdb("""
                        SELECT
                          COUNT(*) FILTER (WHERE "error_code" IS NOT NULL) AS "errors",
                          COUNT(DISTINCT "user_name") FILTER (WHERE "error_code" IS NOT NULL) AS "users",
                          SUM("bytes") FILTER (WHERE "error_code" IS NOT NULL) AS "bytes"
                        FROM "aws"."cloudtrail_logs"
                        """);
        assertThat(runOnDuckDb(CONSERVATIVE, select)).isEqualTo(runOnDuckDb(DuckDbDialect.INSTANCE, select))
                .containsExactly(List.of(2L, 2L, BigInteger.valueOf(50)));
    }

    @Test
    void caseInsensitiveLikeLowersBothSidesAndDivisionIsMadeFractional() {
        Select select = Select.builder()
                .select(Sql.column("event_id"))
                .select(new SafeDivide(Sql.column("bytes"), Literal.of(20)), "ratio")
                .from(EVENTS)
                .where(new Like(Sql.column("event_name"), Parameter.of("%OBJECT"), Optional.of('!'), true, false))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
        assertSql(select).dialect(CONSERVATIVE, """
                SELECT
                  "event_id",
                  CAST("bytes" AS DOUBLE) / NULLIF(20, 0) AS "ratio"
                FROM "aws"."cloudtrail_logs"
                WHERE lower("event_name") LIKE lower('%OBJECT') ESCAPE '!'
                ORDER BY 1 ASC
                """);
        assertThat(runOnDuckDb(CONSERVATIVE, select)).isEqualTo(runOnDuckDb(DuckDbDialect.INSTANCE, select))
                .containsExactly(List.of("e3", 1.5), List.of("e4", 2.0));
    }

    @Test
    void whatCannotBeEmulatedIsRefused() {
        Expression time = Sql.column("event_time");
        Map<String, Select> refused = Map.of(
                "time zone conversion", items(ConvertTimeZone.fromLocal(time, "UTC", "Europe/Paris")),
                "percentiles", items(Percentile.median(Sql.column("bytes"))),
                "symmetric aggregates", items(SymmetricSum.of(Sql.column("bytes"), Sql.column("event_id"))),
                "window functions", items(new WindowFunction(FunctionCall.of("rank"), List.of(), List.of())),
                "WITH", Select.builder().with("t", items(Literal.of(1))).select(Literal.of(1)).build(),
                "FULL OUTER JOIN", Select.builder().select(Literal.of(1)).from(EVENTS)
                        .join(JoinType.FULL, TableRef.of("users"), Literal.of(true)).build(),
                "NULLS FIRST/LAST", Select.builder().select(Literal.of(1)).from(EVENTS)
                        .orderBy(OrderItem.ordinal(1, SortDirection.ASC).withNulls(NullOrdering.FIRST)).build(),
                "QUALIFY", Select.builder().select(Literal.of(1)).from(EVENTS).qualify(Literal.of(true)).build());
        refused.forEach((what, select) -> assertThatThrownBy(() -> new SqlRenderer(CONSERVATIVE).render(select))
                .isInstanceOfSatisfying(TrailException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SQL_UNSUPPORTED))
                .hasMessage("conservative cannot render " + what));
    }

    private static Select items(Expression expression) {
        return Select.builder().select(expression).from(EVENTS).build();
    }

    private static List<List<Object>> runOnDuckDb(Dialect dialect, Select select) {
        RenderedSql sql = new SqlRenderer(dialect).render(select);
        return TestingDuckDb.shared().query(sql);
    }
}
