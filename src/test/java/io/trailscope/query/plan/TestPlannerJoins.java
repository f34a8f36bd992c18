package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Join pruning and ordering, derived tables as CTEs, explore-level filters. */
final class TestPlannerJoins {
    private static final QueryRequest CHAINED = QueryRequest.of("events", List.of("teams.floor", "events.count"))
            .withSorts(List.of(SortSpec.parse("teams.floor")));
    private static final QueryRequest DERIVED = QueryRequest.of("user_facts", List.of("user_facts.user_name",
            "user_facts.total_events")).withSorts(List.of(SortSpec.parse("user_facts.user_name")));
    private static final QueryRequest GUARDED = QueryRequest.of("guarded", List.of("guarded.event_name"));

    private static String sql(QueryRequest request) {
        return new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(TestingPlanner.plan(request,
                DuckDbDialect.INSTANCE).select());
    }

    @Test
    void baseFieldsNeedNoJoin() {
        assertThat(sql(QueryRequest.of("events", List.of("events.count")))).doesNotContain("JOIN");
    }

    @Test
    void aJoinBringsTheJoinsItsConditionNeedsFirst() {
        TestingPlanner.assertSql(CHAINED)
                .duckdb("""
                        SELECT
                          "teams".floor AS "teams.floor",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        LEFT JOIN audit.users AS "users" ON ("events".user_name) = ("users".user_name)
                        LEFT JOIN audit.teams AS "teams" ON ("users".team) = ("teams".team)
                        GROUP BY 1
                        ORDER BY "teams.floor" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          "teams".floor AS "teams.floor",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        LEFT JOIN audit.users AS "users" ON ("events".user_name) = ("users".user_name)
                        LEFT JOIN audit.teams AS "teams" ON ("users".team) = ("teams".team)
                        GROUP BY 1
                        ORDER BY "teams.floor" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        SELECT
                          "teams".floor AS "teams.floor",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        LEFT JOIN audit.users AS "users" ON ("events".user_name) = ("users".user_name)
                        LEFT JOIN audit.teams AS "teams" ON ("users".team) = ("teams".team)
                        GROUP BY 1
                        ORDER BY "teams.floor" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(CHAINED).rows()).containsExactly(List.of(1L, 3L), List.of(2L, 2L),
                Arrays.asList(null, 1L));
    }

    @Test
    void derivedTablesAreCtesNamedAfterTheirView() {
        TestingPlanner.assertSql(DERIVED)
                .duckdb("""
                        WITH
                          "user_facts" AS (
                            SELECT user_name, count(*) AS events FROM audit.events GROUP BY 1
                          )
                        SELECT
                          "user_facts".user_name AS "user_facts.user_name",
                          COALESCE(SUM("user_facts".events), 0) AS "user_facts.total_events"
                        FROM "user_facts" AS "user_facts"
                        GROUP BY 1
                        ORDER BY "user_facts.user_name" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        WITH
                          "user_facts" AS (
                            SELECT user_name, count(*) AS events FROM audit.events GROUP BY 1
                          )
                        SELECT
                          "user_facts".user_name AS "user_facts.user_name",
                          COALESCE(SUM("user_facts".events), 0) AS "user_facts.total_events"
                        FROM "user_facts" AS "user_facts"
                        GROUP BY 1
                        ORDER BY "user_facts.user_name" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        WITH
                          "user_facts" AS (
                            SELECT user_name, count(*) AS events FROM audit.events GROUP BY 1
                          )
                        SELECT
                          "user_facts".user_name AS "user_facts.user_name",
                          COALESCE(SUM("user_facts".events), 0) AS "user_facts.total_events"
                        FROM "user_facts" AS "user_facts"
                        GROUP BY 1
                        ORDER BY "user_facts.user_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(DERIVED).rows()).containsExactly(List.of("alice", new BigDecimal("2")),
                List.of("bob", new BigDecimal("2")), List.of("carol", new BigDecimal("1")),
                Arrays.asList(null, new BigDecimal("1")));
    }

    @Test
    void exploreFiltersApplyUnlessOverridden() {
        TestingPlanner.assertSql(GUARDED)
                .duckdb("""
                        SELECT
                          "guarded".event_name AS "guarded.event_name"
                        FROM audit.events AS "guarded"
                        WHERE (("guarded".region) <> ? OR ("guarded".region) IS NULL)
                          AND (CAST(from_iso8601_timestamp("guarded".eventtime) AS TIMESTAMP) >= ? AND CAST(from_iso8601_timestamp("guarded".eventtime) AS TIMESTAMP) < ?)
                          AND (("guarded".event_source) <> 'ec2')
                        GROUP BY 1
                        ORDER BY "guarded.event_name" ASC
                        LIMIT 500
                        """, List.of("us-west-2", LocalDateTime.parse("2024-05-12T00:00"), LocalDateTime.parse("2024-05-19T00:00")))
                .trino("""
                        SELECT
                          "guarded".event_name AS "guarded.event_name"
                        FROM audit.events AS "guarded"
                        WHERE (("guarded".region) <> ? OR ("guarded".region) IS NULL)
                          AND (CAST(CAST(from_iso8601_timestamp("guarded".eventtime) AS TIMESTAMP(6) WITH TIME ZONE) AT TIME ZONE 'UTC' AS TIMESTAMP(6)) >= ? AND CAST(CAST(from_iso8601_timestamp("guarded".eventtime) AS TIMESTAMP(6) WITH TIME ZONE) AT TIME ZONE 'UTC' AS TIMESTAMP(6)) < ?)
                          AND (("guarded".event_source) <> 'ec2')
                        GROUP BY 1
                        ORDER BY "guarded.event_name" ASC
                        LIMIT 500
                        """, List.of("us-west-2", LocalDateTime.parse("2024-05-12T00:00"), LocalDateTime.parse("2024-05-19T00:00")))
                .athena("""
                        SELECT
                          "guarded".event_name AS "guarded.event_name"
                        FROM audit.events AS "guarded"
                        WHERE (("guarded".region) <> 'us-west-2' OR ("guarded".region) IS NULL)
                          AND (date_parse(date_format(CAST(from_iso8601_timestamp("guarded".eventtime) AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE 'UTC', '%Y-%m-%d %H:%i:%s.%f'), '%Y-%m-%d %H:%i:%s.%f') >= TIMESTAMP '2024-05-12 00:00:00' AND date_parse(date_format(CAST(from_iso8601_timestamp("guarded".eventtime) AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE 'UTC', '%Y-%m-%d %H:%i:%s.%f'), '%Y-%m-%d %H:%i:%s.%f') < TIMESTAMP '2024-05-19 00:00:00')
                          AND (("guarded".event_source) <> 'ec2')
                        GROUP BY 1
                        ORDER BY "guarded.event_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(GUARDED).rows()).containsExactly(List.of("ConsoleLogin"),
                List.of("GetObject"));
        QueryRequest changed = GUARDED.withFilters(List.of(new QueryFilter("guarded.region", ""),
                new QueryFilter("guarded.event_id", ">0")));
        String text = sql(changed);
        assertThat(text).doesNotContain("us-west-2").doesNotContain("2024-05-12").contains("<> 'ec2'");
        assertThat(TestingPlanner.run(changed).rows()).containsExactly(List.of("ConsoleLogin"),
                List.of("GetObject"), List.of("PutObject"));
    }
}
