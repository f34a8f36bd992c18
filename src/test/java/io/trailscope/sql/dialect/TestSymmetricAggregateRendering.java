package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;
import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.Expression;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.Literal;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Select;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SymmetricAverage;
import io.trailscope.sql.SymmetricCount;
import io.trailscope.sql.SymmetricSum;
import io.trailscope.sql.TableRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Symmetric aggregates (lookml.md §2.7) over the fixture's fan-out: every event joins its user, so alice (2.5
 * visits) and bob (6.25) appear twice each; carol has no visits; dave has no event. The true total is 8.75,
 * the naive SUM 17.5.
 */
final class TestSymmetricAggregateRendering {
    private static final ColumnRef USER_KEY = Sql.column("users", "user_name");
    private static final ColumnRef VISITS = Sql.column("users", "visits");
    private static final Expression CONSOLE_LOGIN =
            Sql.eq(Sql.column("cloudtrail_logs", "event_name"), Literal.of("ConsoleLogin"));

    private static Select perSource(Expression measure) {
        return Select.builder()
                .select(Sql.column("cloudtrail_logs", "event_source"), "source")
                .select(measure, "measure")
                .from(TableRef.of("aws", "cloudtrail_logs").as("cloudtrail_logs"))
                .join(JoinType.LEFT, TableRef.of("users").as("users"),
                        Sql.eq(Sql.column("cloudtrail_logs", "user_name"), USER_KEY))
                .groupBy(Sql.column("cloudtrail_logs", "event_source"))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
    }

    private static Select overall(Expression measure) {
        return Select.builder()
                .select(measure, "measure")
                .from(TableRef.of("aws", "cloudtrail_logs").as("cloudtrail_logs"))
                .join(JoinType.LEFT, TableRef.of("users").as("users"),
                        Sql.eq(Sql.column("cloudtrail_logs", "user_name"), USER_KEY))
                .build();
    }

    /** DuckDB hashes with md5_number modulo 10^27; Trino combines two hex slices of md5. */
    @Test
    void sumGroupedByTheManySide() {
        assertSql(perSource(SymmetricSum.of(VISITS, USER_KEY)))
                .duckdb("""
                        SELECT
                          "cloudtrail_logs"."event_source" AS "source",
                          COALESCE(CAST(SUM(DISTINCT CAST(md5_number(CAST("users"."user_name" AS VARCHAR)) % 1000000000000000000000000000 AS DECIMAL(38, 0)) + CAST(CAST(COALESCE("users"."visits", 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(md5_number(CAST("users"."user_name" AS VARCHAR)) % 1000000000000000000000000000 AS DECIMAL(38, 0))) AS DOUBLE) / 1000000, 0) AS "measure"
                        FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                        LEFT JOIN "users" AS "users" ON "cloudtrail_logs"."user_name" = "users"."user_name"
                        GROUP BY 1
                        ORDER BY 1 ASC
                        """, List.of(
                                List.of("ec2.amazonaws.com", 0.0),
                                List.of("s3.amazonaws.com", 6.25),
                                List.of("signin.amazonaws.com", 2.5)))
                .trinoAndAthena("""
                        SELECT
                          "cloudtrail_logs"."event_source" AS "source",
                          COALESCE(CAST(SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users"."user_name" AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users"."user_name" AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0)) + CAST(CAST(COALESCE("users"."visits", 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users"."user_name" AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users"."user_name" AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0))) AS DOUBLE) / 1000000, 0) AS "measure"
                        FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                        LEFT JOIN "users" AS "users" ON "cloudtrail_logs"."user_name" = "users"."user_name"
                        GROUP BY 1
                        ORDER BY 1 ASC
                        """);
    }

    /** A measure filter wraps key and value; the average divides by the keys that have a value. */
    @Test
    void filteredAverage() {
        assertSql(overall(new SymmetricAverage(VISITS, USER_KEY, Optional.of(CONSOLE_LOGIN))))
                .duckdb("""
                        SELECT
                          CAST(SUM(DISTINCT CAST(md5_number(CAST(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END AS VARCHAR)) % 1000000000000000000000000000 AS DECIMAL(38, 0)) + CAST(CAST(COALESCE(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."visits" END, 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(md5_number(CAST(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END AS VARCHAR)) % 1000000000000000000000000000 AS DECIMAL(38, 0))) AS DOUBLE) / 1000000 / NULLIF(COUNT(DISTINCT CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' AND "users"."visits" IS NOT NULL THEN "users"."user_name" END), 0) AS "measure"
                        FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                        LEFT JOIN "users" AS "users" ON "cloudtrail_logs"."user_name" = "users"."user_name"
                        """, List.of(List.of(2.5)))
                .trinoAndAthena("""
                        SELECT
                          CAST(SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0)) + CAST(CAST(COALESCE(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."visits" END, 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST(CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0))) AS DOUBLE) / 1000000 / NULLIF(COUNT(DISTINCT CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' AND "users"."visits" IS NOT NULL THEN "users"."user_name" END), 0) AS "measure"
                        FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                        LEFT JOIN "users" AS "users" ON "cloudtrail_logs"."user_name" = "users"."user_name"
                        """);
    }

    @Test
    void countsAreDistinctKeys() {
        String expected = """
                SELECT
                  "cloudtrail_logs"."event_source" AS "source",
                  COUNT(DISTINCT CASE WHEN "cloudtrail_logs"."event_name" = 'ConsoleLogin' THEN "users"."user_name" END) AS "measure"
                FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                LEFT JOIN "users" AS "users" ON "cloudtrail_logs"."user_name" = "users"."user_name"
                GROUP BY 1
                ORDER BY 1 ASC
                """;
        assertSql(perSource(new SymmetricCount(USER_KEY, Optional.of(CONSOLE_LOGIN))))
                .duckdb(expected, List.of(
                        List.of("ec2.amazonaws.com", 0L),
                        List.of("s3.amazonaws.com", 0L),
                        List.of("signin.amazonaws.com", 1L)))
                .trinoAndAthena(expected);
    }

    /** INTEGER values beyond 2147 would overflow if scaled by 10^6 as INTEGER; DECIMAL keeps cents exact. */
    @Test
    void integerAndDecimalValues() {
        Select select = Select.builder()
                .select(SymmetricSum.of(Sql.column("users", "logins"), USER_KEY), "logins")
                .select(SymmetricSum.of(Sql.column("users", "spend"), USER_KEY), "spend")
                .select(SymmetricAverage.of(Sql.column("users", "spend"), USER_KEY), "average_spend")
                .select(Sql.sum(VISITS), "naive_visits")
                .from(TableRef.of("aws", "cloudtrail_logs").as("cloudtrail_logs"))
                .join(JoinType.LEFT, TableRef.of("users").as("users"),
                        Sql.eq(Sql.column("cloudtrail_logs", "user_name"), USER_KEY))
                .build();
        List<List<Object>> rows = TestingDuckDb.shared().query(new SqlRenderer(DuckDbDialect.INSTANCE).render(select));
        assertThat(rows).containsExactly(Arrays.asList(2151.0, 30.3, 15.15, 17.5));
    }
}
