package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;

import io.trailscope.sql.Aggregate;
import io.trailscope.sql.AggregateFunction;
import io.trailscope.sql.Case;
import io.trailscope.sql.Cast;
import io.trailscope.sql.Comparison;
import io.trailscope.sql.ComparisonOperator;
import io.trailscope.sql.Concat;
import io.trailscope.sql.Expression;
import io.trailscope.sql.InList;
import io.trailscope.sql.JsonExtractScalar;
import io.trailscope.sql.Like;
import io.trailscope.sql.ListAggregate;
import io.trailscope.sql.Literal;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Percentile;
import io.trailscope.sql.Range;
import io.trailscope.sql.RegexpMatch;
import io.trailscope.sql.SafeDivide;
import io.trailscope.sql.Select;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.TableRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Scalar functions, aggregates and predicates whose spelling differs between engines. */
final class TestFunctionRendering {
    private static final Expression NAME = Sql.column("event_name");

    @Test
    void scalarFunctions() {
        Select select = Select.builder()
                .select(new JsonExtractScalar(Sql.column("request_parameters"), "$.bucketName"), "bucket")
                .select(new RegexpMatch(NAME, "^(Get|Put)Object$"), "is_object_call")
                .select(new Concat(List.of(NAME, Literal.of("@"), Sql.column("aws_region"))), "label")
                .select(new SafeDivide(Sql.column("bytes"), Literal.of(3)), "third")
                .select(new Cast(Sql.column("error_code"), SqlType.BIGINT, true), "error_number")
                .select(new Case(List.of(new Case.When(Sql.isNull(Sql.column("error_code")), Literal.of("Success"))),
                        Optional.of(Literal.of("Error"))), "outcome")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC), OrderItem.ordinal(2, SortDirection.ASC),
                        OrderItem.ordinal(3, SortDirection.ASC))
                .build();
        assertSql(select)
                .duckdb("""
                        SELECT
                          json_extract_string("request_parameters", '$.bucketName') AS "bucket",
                          regexp_matches("event_name", '^(Get|Put)Object$') AS "is_object_call",
                          "event_name" || '@' || "aws_region" AS "label",
                          "bytes" / NULLIF(3, 0) AS "third",
                          TRY_CAST("error_code" AS BIGINT) AS "error_number",
                          CASE WHEN "error_code" IS NULL THEN 'Success' ELSE 'Error' END AS "outcome"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC, 3 ASC
                        """, List.of(
                                Arrays.asList("data", true, "GetObject@eu-west-1", 10.0, null, "Error"),
                                Arrays.asList("data", true, "PutObject@eu-west-1", 40.0 / 3, null, "Success"),
                                Arrays.asList("logs", false, "ConsoleLogin@us-east-1", 10.0 / 3, null, "Success"),
                                Arrays.asList(null, false, "ConsoleLogin@us-east-1", 20.0 / 3, null, "Error"),
                                Arrays.asList(null, false, "DescribeInstances@us-west-2", null, null, "Success"),
                                Arrays.asList(null, false, "RunInstances@us-west-2", 50.0 / 3, null, "Success")))
                .trinoAndAthena("""
                        SELECT
                          json_extract_scalar("request_parameters", '$.bucketName') AS "bucket",
                          regexp_like("event_name", '^(Get|Put)Object$') AS "is_object_call",
                          "event_name" || '@' || "aws_region" AS "label",
                          CAST("bytes" AS DOUBLE) / NULLIF(3, 0) AS "third",
                          TRY_CAST("error_code" AS BIGINT) AS "error_number",
                          CASE WHEN "error_code" IS NULL THEN 'Success' ELSE 'Error' END AS "outcome"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC, 3 ASC
                        """);
    }

    /** Median and percentiles are exact on DuckDB, approximate on Trino; lists are sorted and skip NULLs. */
    @Test
    void aggregates() {
        Select select = Select.builder()
                .select(Percentile.median(Sql.column("bytes")), "median_bytes")
                .select(new Percentile(Sql.column("bytes"), 0.9), "p90_bytes")
                .select(new ListAggregate(Sql.column("aws_region"), ", ", true), "regions")
                .select(new ListAggregate(Sql.column("user_name"), "|", false), "users")
                .select(Sql.count().withFilter(Sql.isNotNull(Sql.column("error_code"))), "errors")
                .select(Aggregate.distinct(AggregateFunction.COUNT, Sql.column("user_name"))
                        .withFilter(Sql.eq(NAME, Literal.of("ConsoleLogin"))), "console_users")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .build();
        assertSql(select)
                .duckdb("""
                        SELECT
                          quantile_cont("bytes", 0.5) AS "median_bytes",
                          quantile_cont("bytes", 0.9) AS "p90_bytes",
                          string_agg(DISTINCT CAST("aws_region" AS VARCHAR), ', ' ORDER BY CAST("aws_region" AS VARCHAR)) AS "regions",
                          string_agg(CAST("user_name" AS VARCHAR), '|' ORDER BY CAST("user_name" AS VARCHAR)) AS "users",
                          COUNT(*) FILTER (WHERE "error_code" IS NOT NULL) AS "errors",
                          COUNT(DISTINCT "user_name") FILTER (WHERE "event_name" = 'ConsoleLogin') AS "console_users"
                        FROM "aws"."cloudtrail_logs"
                        """, List.of(List.of(30.0, 46.0, "eu-west-1, us-east-1, us-west-2", "alice|alice|bob|bob|carol",
                                2L, 1L)))
                .trinoAndAthena("""
                        SELECT
                          approx_percentile("bytes", 0.5) AS "median_bytes",
                          approx_percentile("bytes", 0.9) AS "p90_bytes",
                          array_join(array_sort(array_agg(DISTINCT CAST("aws_region" AS VARCHAR)) FILTER (WHERE CAST("aws_region" AS VARCHAR) IS NOT NULL)), ', ') AS "regions",
                          array_join(array_sort(array_agg(CAST("user_name" AS VARCHAR)) FILTER (WHERE CAST("user_name" AS VARCHAR) IS NOT NULL)), '|') AS "users",
                          COUNT(*) FILTER (WHERE "error_code" IS NOT NULL) AS "errors",
                          COUNT(DISTINCT "user_name") FILTER (WHERE "event_name" = 'ConsoleLogin') AS "console_users"
                        FROM "aws"."cloudtrail_logs"
                        """);
    }

    /** The predicates filter expressions need (lookml.md §2.12): LIKE with ESCAPE, ranges, IN lists, NULL tests. */
    @Test
    void predicates() {
        Select select = Select.builder()
                .select(Sql.column("event_id"))
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .where(Sql.and(
                        new Like(NAME, Literal.of("%instance%"), Optional.empty(), true, false),
                        new Like(Sql.column("event_source"), Literal.of("s3^_%"), Optional.of('^'), false, true),
                        new Range(Sql.column("bytes"), Optional.of(new Range.Bound(Literal.of(10), false)),
                                Optional.empty()),
                        Range.closed(Sql.column("bytes"), Literal.of(0), Literal.of(100)),
                        new InList(Sql.column("aws_region"), List.of(Literal.of("eu-west-1"), Literal.of("us-east-1")),
                                true),
                        Sql.not(new Comparison(ComparisonOperator.IS_DISTINCT_FROM, Sql.column("error_code"),
                                Literal.nullValue()))))
                .build();
        assertSql(select)
                .duckdb("""
                        SELECT
                          "event_id"
                        FROM "aws"."cloudtrail_logs"
                        WHERE "event_name" ILIKE '%instance%'
                          AND "event_source" NOT LIKE 's3^_%' ESCAPE '^'
                          AND "bytes" > 10
                          AND "bytes" BETWEEN 0 AND 100
                          AND "aws_region" NOT IN ('eu-west-1', 'us-east-1')
                          AND NOT ("error_code" IS DISTINCT FROM NULL)
                        """, List.of(List.of("e5")))
                .trinoAndAthena("""
                        SELECT
                          "event_id"
                        FROM "aws"."cloudtrail_logs"
                        WHERE lower("event_name") LIKE lower('%instance%')
                          AND "event_source" NOT LIKE 's3^_%' ESCAPE '^'
                          AND "bytes" > 10
                          AND "bytes" BETWEEN 0 AND 100
                          AND "aws_region" NOT IN ('eu-west-1', 'us-east-1')
                          AND NOT ("error_code" IS DISTINCT FROM NULL)
                        """);
    }

    /** The escape character makes % and _ literal; a half-open range excludes its upper bound. */
    @Test
    void escapedPatternsAndHalfOpenRanges() {
        Expression underscoreFirst = new Like(Literal.of("s3_x"), Literal.of("s3^_%"), Optional.of('^'), false, false);
        Expression underscoreAny = new Like(Literal.of("s3.x"), Literal.of("s3^_%"), Optional.of('^'), false, false);
        Expression percent = new Like(Literal.of("100%"), Literal.of("%^%"), Optional.of('^'), false, false);
        Expression atLower = Range.halfOpen(Literal.of(5), Literal.of(5), Literal.of(10));
        Expression atUpper = Range.halfOpen(Literal.of(10), Literal.of(5), Literal.of(10));
        Select select = Select.builder()
                .select(underscoreFirst, "a")
                .select(underscoreAny, "b")
                .select(percent, "c")
                .select(atLower, "d")
                .select(atUpper, "e")
                .build();
        String expected = """
                SELECT
                  's3_x' LIKE 's3^_%' ESCAPE '^' AS "a",
                  's3.x' LIKE 's3^_%' ESCAPE '^' AS "b",
                  '100%' LIKE '%^%' ESCAPE '^' AS "c",
                  5 >= 5 AND 5 < 10 AS "d",
                  10 >= 5 AND 10 < 10 AS "e"
                """;
        assertSql(select).duckdb(expected, List.of(List.of(true, false, true, true, false))).trinoAndAthena(expected);
    }
}
