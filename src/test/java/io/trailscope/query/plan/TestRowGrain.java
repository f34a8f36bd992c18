package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A query that selects the base primary key, no measure, and only to-one joins needs no GROUP BY. */
final class TestRowGrain {
    private static final QueryRequest EVENT_ROWS = QueryRequest.of("events", List.of("events.event_id",
            "events.event_name", "users.team")).withSorts(List.of(SortSpec.parse("events.event_id desc")));

    @Test
    void everyEventRowIsSelectedWithoutGrouping() {
        TestingPlanner.assertSql(EVENT_ROWS)
                .duckdb("""
                        SELECT
                          "events".event_id AS "events.event_id",
                          "events".event_name AS "events.event_name",
                          "users".team AS "users.team"
                        FROM audit.events AS "events"
                        LEFT JOIN audit.users AS "users" ON ("events".user_name) = ("users".user_name)
                        ORDER BY "events.event_id" DESC, "events.event_name" ASC, "users.team" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          "events".event_id AS "events.event_id",
                          "events".event_name AS "events.event_name",
                          "users".team AS "users.team"
                        FROM audit.events AS "events"
                        LEFT JOIN audit.users AS "users" ON ("events".user_name) = ("users".user_name)
                        ORDER BY "events.event_id" DESC, "events.event_name" ASC, "users.team" ASC
                        LIMIT 500
                        """, List.of());
        assertThat(TestingPlanner.run(EVENT_ROWS.withLimit(3)).rows()).containsExactly(
                Arrays.asList(6L, "GetObject", null), List.of(5L, "DescribeInstances", "red"),
                List.of(4L, "PutObject", "blue"));
    }

    @Test
    void withoutThePrimaryKeyRowsAreGrouped() {
        assertThat(sql(QueryRequest.of("events", List.of("events.event_name", "users.team")))).contains("GROUP BY");
    }

    @Test
    void aOneToManyJoinKeepsTheGrouping() {
        assertThat(sql(QueryRequest.of("users", List.of("users.user_name", "events.event_name"))))
                .contains("GROUP BY");
    }

    @Test
    void aMeasureOrAMeasureFilterKeepsTheGrouping() {
        assertThat(sql(QueryRequest.of("events", List.of("events.event_id", "events.count")))).contains("GROUP BY");
        assertThat(sql(QueryRequest.of("events", List.of("events.event_id", "events.event_name"))
                .withFilters(List.of(new QueryFilter("events.count", ">0"))))).contains("GROUP BY", "HAVING");
    }

    @Test
    void groupedAndUngroupedGiveTheSameRows() {
        QueryRequest rows = QueryRequest.of("events", List.of("events.event_id", "events.region", "users.team",
                "teams.floor"));
        assertThat(TestingPlanner.run(rows).rows()).hasSize(6);
        assertThat(TestingPlanner.execute(new SqlRenderer(DuckDbDialect.INSTANCE).render(
                TestingPlanner.plan(rows, DuckDbDialect.INSTANCE).select())).rows())
                .containsExactlyInAnyOrderElementsOf(TestingPlanner.execute(new RenderedSql(
                        "SELECT DISTINCT e.event_id, e.region, u.team, t.floor FROM audit.events e"
                                + " LEFT JOIN audit.users u ON e.user_name = u.user_name"
                                + " LEFT JOIN audit.teams t ON u.team = t.team", List.of())).rows());
    }

    private static String sql(QueryRequest request) {
        return new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(TestingPlanner.plan(request, DuckDbDialect.INSTANCE)
                .select());
    }
}
