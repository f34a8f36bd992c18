package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.sql.ColumnRef;
import io.trailscope.sql.Expression;
import io.trailscope.sql.FunctionCall;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.Literal;
import io.trailscope.sql.NullOrdering;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.RawQuery;
import io.trailscope.sql.RawTable;
import io.trailscope.sql.Select;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SubqueryRelation;
import io.trailscope.sql.TableRef;
import io.trailscope.sql.WindowFunction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TestSelectRendering {
    private static final TableRef EVENTS = TableRef.of("aws", "cloudtrail_logs").as("cloudtrail_logs");
    private static final ColumnRef EVENT_NAME = Sql.column("cloudtrail_logs", "event_name");

    /** Looker's shape for "Top Events": dimension, measures, GROUP BY ordinal, measure DESC, LIMIT. */
    @Test
    void topEventsTile() {
        Select select = Select.builder()
                .select(EVENT_NAME, "cloudtrail_logs.event_name")
                .select(Sql.count(), "cloudtrail_logs.total_events")
                .select(Sql.countDistinct(Sql.raw("cloudtrail_logs.user_name")),
                        "cloudtrail_logs.count_of_distinct_users")
                .from(EVENTS)
                .groupBy(EVENT_NAME)
                .orderBy(OrderItem.ordinal(2, SortDirection.DESC), OrderItem.ordinal(1, SortDirection.ASC))
                .limit(100)
                .build();
        assertSql(select)
                .duckdb("""
                        SELECT
                          "cloudtrail_logs"."event_name" AS "cloudtrail_logs.event_name",
                          COUNT(*) AS "cloudtrail_logs.total_events",
                          COUNT(DISTINCT cloudtrail_logs.user_name) AS "cloudtrail_logs.count_of_distinct_users"
                        FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                        GROUP BY 1
                        ORDER BY 2 DESC, 1 ASC
                        LIMIT 100
                        """, List.of(
                                List.of("ConsoleLogin", 2L, 1L),
                                List.of("DescribeInstances", 1L, 0L),
                                List.of("GetObject", 1L, 1L),
                                List.of("PutObject", 1L, 1L),
                                List.of("RunInstances", 1L, 1L)))
                .trinoAndAthena("""
                        SELECT
                          "cloudtrail_logs"."event_name" AS "cloudtrail_logs.event_name",
                          COUNT(*) AS "cloudtrail_logs.total_events",
                          COUNT(DISTINCT cloudtrail_logs.user_name) AS "cloudtrail_logs.count_of_distinct_users"
                        FROM "aws"."cloudtrail_logs" AS "cloudtrail_logs"
                        GROUP BY 1
                        ORDER BY 2 DESC, 1 ASC
                        LIMIT 100
                        """);
    }

    /** Ephemeral derived tables become CTEs; user SQL inside is kept byte for byte, its semicolon dropped. */
    @Test
    void commonTableExpressions() {
        Select inner = Select.builder()
                .select(Sql.column("user_name"))
                .select(Sql.count(), "logins")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .where(Sql.eq(Sql.column("event_name"), Literal.of("ConsoleLogin")))
                .groupBy(Sql.column("user_name"))
                .build();
        Select select = Select.builder()
                .with("errors", new RawQuery("""
                        SELECT *
                        FROM aws.cloudtrail_logs
                          WHERE error_code IS NOT NULL;
                        """))
                .with("login_facts", inner)
                .select(Sql.column("errors", "event_id"))
                .select(Sql.column("login_facts", "logins"))
                .from(TableRef.of("errors"))
                .join(JoinType.INNER, TableRef.of("login_facts"),
                        Sql.eq(Sql.column("errors", "user_name"), Sql.column("login_facts", "user_name")))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
        String expected = """
                WITH
                  "errors" AS (
                    SELECT *
                FROM aws.cloudtrail_logs
                  WHERE error_code IS NOT NULL
                  ),
                  "login_facts" AS (
                    SELECT
                      "user_name",
                      COUNT(*) AS "logins"
                    FROM "aws"."cloudtrail_logs"
                    WHERE "event_name" = 'ConsoleLogin'
                    GROUP BY 1
                  )
                SELECT
                  "errors"."event_id",
                  "login_facts"."logins"
                FROM "errors"
                INNER JOIN "login_facts" ON "errors"."user_name" = "login_facts"."user_name"
                ORDER BY 1 ASC
                """;
        assertSql(select)
                .duckdb(expected, List.of(List.of("e2", 2L)))
                .trinoAndAthena(expected);
    }

    @Test
    void joinsOfEveryKindAndSubqueries() {
        Select perUser = Select.builder()
                .select(Sql.column("user_name"))
                .select(Sql.count(), "events")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .groupBy(Sql.column("user_name"))
                .build();
        Select select = Select.builder()
                .distinct()
                .select(Sql.column("u", "team"))
                .select(Sql.column("c", "events"))
                .from(new TableRef(Optional.of("memory"), Optional.of("main"), "users", Optional.of("u")))
                .join(JoinType.LEFT, new SubqueryRelation(perUser, "c"),
                        Sql.eq(Sql.column("u", "user_name"), Sql.column("c", "user_name")))
                .join(JoinType.FULL, RawTable.of("aws.cloudtrail_logs -- the raw table", "e"),
                        Sql.eq(Sql.column("e", "user_name"), Sql.column("u", "user_name")))
                .crossJoin(TableRef.of("users").as("everyone"))
                .where(Sql.isNotNull(Sql.column("c", "events")))
                .orderBy(OrderItem.of(Sql.column("u", "team"), SortDirection.ASC),
                        OrderItem.ordinal(2, SortDirection.DESC))
                .build();
        assertSql(select)
                .duckdb("""
                        SELECT DISTINCT
                          "u"."team",
                          "c"."events"
                        FROM "memory"."main"."users" AS "u"
                        LEFT JOIN (
                          SELECT
                            "user_name",
                            COUNT(*) AS "events"
                          FROM "aws"."cloudtrail_logs"
                          GROUP BY 1
                        ) AS "c" ON "u"."user_name" = "c"."user_name"
                        FULL OUTER JOIN aws.cloudtrail_logs -- the raw table
                         AS "e" ON "e"."user_name" = "u"."user_name"
                        CROSS JOIN "users" AS "everyone"
                        WHERE "c"."events" IS NOT NULL
                        ORDER BY "u"."team" ASC, 2 DESC
                        """, List.of(List.of("a", 2L), List.of("a", 1L), List.of("b", 2L)))
                .trinoAndAthena("""
                        SELECT DISTINCT
                          "u"."team",
                          "c"."events"
                        FROM "memory"."main"."users" AS "u"
                        LEFT JOIN (
                          SELECT
                            "user_name",
                            COUNT(*) AS "events"
                          FROM "aws"."cloudtrail_logs"
                          GROUP BY 1
                        ) AS "c" ON "u"."user_name" = "c"."user_name"
                        FULL OUTER JOIN aws.cloudtrail_logs -- the raw table
                         AS "e" ON "e"."user_name" = "u"."user_name"
                        CROSS JOIN "users" AS "everyone"
                        WHERE "c"."events" IS NOT NULL
                        ORDER BY "u"."team" ASC, 2 DESC
                        """);
    }

    /** Top-level AND conditions go one per line; an OR or raw fragment among them is parenthesized. */
    @Test
    void whereHavingAndOrderingClauses() {
        Expression bytes = Sql.sum(Sql.column("bytes"));
        Select select = Select.builder()
                .select(Sql.column("aws_region"), "region")
                .select(bytes, "total_bytes")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .where(Sql.and(
                        Sql.isNotNull(Sql.column("user_name")),
                        Sql.or(Sql.eq(Sql.column("event_source"), Literal.of("s3.amazonaws.com")),
                                Sql.eq(Sql.column("event_source"), Literal.of("signin.amazonaws.com"))),
                        Sql.raw("bytes > 0")))
                .groupBy(Sql.column("aws_region"))
                .having(Sql.and(Sql.gt(bytes, Literal.of(0)), Sql.gt(Sql.count(), Literal.of(1))))
                .orderBy(OrderItem.alias("total_bytes", SortDirection.DESC).withNulls(NullOrdering.LAST),
                        OrderItem.of(Sql.column("aws_region"), SortDirection.ASC).withNulls(NullOrdering.FIRST))
                .limit(10)
                .offset(1)
                .build();
        assertSql(select)
                .duckdb("""
                        SELECT
                          "aws_region" AS "region",
                          SUM("bytes") AS "total_bytes"
                        FROM "aws"."cloudtrail_logs"
                        WHERE "user_name" IS NOT NULL
                          AND ("event_source" = 's3.amazonaws.com' OR "event_source" = 'signin.amazonaws.com')
                          AND (bytes > 0)
                        GROUP BY 1
                        HAVING SUM("bytes") > 0
                          AND COUNT(*) > 1
                        ORDER BY "total_bytes" DESC NULLS LAST, "aws_region" ASC NULLS FIRST
                        LIMIT 10
                        OFFSET 1
                        """, List.of(List.of("us-east-1", BigInteger.valueOf(30))))
                .trinoAndAthena("""
                        SELECT
                          "aws_region" AS "region",
                          SUM("bytes") AS "total_bytes"
                        FROM "aws"."cloudtrail_logs"
                        WHERE "user_name" IS NOT NULL
                          AND ("event_source" = 's3.amazonaws.com' OR "event_source" = 'signin.amazonaws.com')
                          AND (bytes > 0)
                        GROUP BY 1
                        HAVING SUM("bytes") > 0
                          AND COUNT(*) > 1
                        ORDER BY "total_bytes" DESC NULLS LAST, "aws_region" ASC NULLS FIRST
                        OFFSET 1
                        LIMIT 10
                        """);
    }

    /** Without ordinal or alias support the renderer spells GROUP BY expressions and ORDER BY ordinals. */
    @Test
    void conservativeDialectAvoidsOrdinalsAndAliases() {
        Select select = Select.builder()
                .select(Sql.column("event_source"), "source")
                .select(Sql.count(), "events")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .groupBy(Sql.column("event_source"))
                .orderBy(OrderItem.alias("events", SortDirection.DESC))
                .build();
        assertSql(select)
                .dialect(TestingDialect.CONSERVATIVE, """
                        SELECT
                          "event_source" AS "source",
                          COUNT(*) AS "events"
                        FROM "aws"."cloudtrail_logs"
                        GROUP BY "event_source"
                        ORDER BY 2 DESC
                        """);
    }

    /** QUALIFY where the dialect has it; an error naming the dialect where it has not. */
    @Test
    void qualifyNeedsTheCapability() {
        Expression rank = new WindowFunction(FunctionCall.of("row_number"), List.of(Sql.column("user_name")),
                List.of(OrderItem.of(Sql.column("event_time"), SortDirection.DESC)));
        Select select = Select.builder()
                .select(Sql.column("event_id"))
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .qualify(Sql.eq(rank, Literal.of(1)))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
        assertSql(select).duckdb("""
                SELECT
                  "event_id"
                FROM "aws"."cloudtrail_logs"
                QUALIFY row_number() OVER (PARTITION BY "user_name" ORDER BY "event_time" DESC) = 1
                ORDER BY 1 ASC
                """, List.of(List.of("e2"), List.of("e4"), List.of("e5"), List.of("e6")));
        for (Dialect dialect : List.of(TrinoDialect.INSTANCE, AthenaDialect.INSTANCE)) {
            assertThatThrownBy(() -> new SqlRenderer(dialect).render(select))
                    .isInstanceOfSatisfying(TrailException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SQL_UNSUPPORTED))
                    .hasMessage(dialect.name() + " cannot render QUALIFY");
        }
    }

    @Test
    void windowFunctionsInTheSelectList() {
        Expression rank = new WindowFunction(FunctionCall.of("dense_rank"), List.of(),
                List.of(OrderItem.of(Sql.column("aws_region"), SortDirection.ASC)));
        Expression share = new WindowFunction(Sql.sum(Sql.column("bytes")), List.of(Sql.column("aws_region")),
                List.of());
        Select select = Select.builder()
                .select(Sql.column("event_id"))
                .select(rank, "region_rank")
                .select(share, "region_bytes")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .where(Sql.in(Sql.column("event_id"), Literal.of("e1"), Literal.of("e3"), Literal.of("e4")))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
        String expected = """
                SELECT
                  "event_id",
                  dense_rank() OVER (ORDER BY "aws_region" ASC) AS "region_rank",
                  SUM("bytes") OVER (PARTITION BY "aws_region") AS "region_bytes"
                FROM "aws"."cloudtrail_logs"
                WHERE "event_id" IN ('e1', 'e3', 'e4')
                ORDER BY 1 ASC
                """;
        BigInteger ten = BigInteger.valueOf(10);
        BigInteger seventy = BigInteger.valueOf(70);
        assertSql(select)
                .duckdb(expected, List.of(List.of("e1", 2L, ten), List.of("e3", 1L, seventy),
                        List.of("e4", 1L, seventy)))
                .trinoAndAthena(expected);
    }
}
