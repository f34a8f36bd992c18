package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import io.trailscope.model.Model;
import io.trailscope.model.ModelResolver;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fan-out (lookml.md §2.7), answers computed by hand from {@link PlannerFixture}. Through users → events
 * (one_to_many) every user row repeats once per event: a plain SUM of visits would give 2·2.5 + 2·6.25 + NULL + 1.0
 * = 18.5 over all users; the true sum is 9.75.
 */
final class TestSymmetricAggregates {
    private static final QueryRequest USERS_WITH_EVENTS = QueryRequest.of("users", List.of("users.total_visits",
            "users.average_visits", "users.count", "users.teams", "events.count", "events.total_bytes"));
    private static final QueryRequest SUM_GOLDEN = QueryRequest.of("users", List.of("events.event_source",
            "users.total_visits"));

    @Test
    void goldenSymmetricSum() {
        TestingPlanner.assertSql(SUM_GOLDEN)
                .duckdb("""
                        SELECT
                          "events".event_source AS "events.event_source",
                          COALESCE(CAST(SUM(DISTINCT CAST(md5_number(CAST("users".user_name AS VARCHAR)) % 1000000000000000000000000000 AS DECIMAL(38, 0)) + CAST(CAST(COALESCE("users".visits, 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(md5_number(CAST("users".user_name AS VARCHAR)) % 1000000000000000000000000000 AS DECIMAL(38, 0))) AS DOUBLE) / 1000000, 0) AS "users.total_visits"
                        FROM audit.users AS "users"
                        LEFT JOIN audit.events AS "events" ON ("users".user_name) = ("events".user_name)
                        GROUP BY 1
                        ORDER BY "users.total_visits" DESC, "events.event_source" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          "events".event_source AS "events.event_source",
                          COALESCE(CAST(SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0)) + CAST(CAST(COALESCE("users".visits, 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0))) AS DOUBLE) / 1000000, 0) AS "users.total_visits"
                        FROM audit.users AS "users"
                        LEFT JOIN audit.events AS "events" ON ("users".user_name) = ("events".user_name)
                        GROUP BY 1
                        ORDER BY "users.total_visits" DESC, "events.event_source" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        SELECT
                          "events".event_source AS "events.event_source",
                          COALESCE(CAST(SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0)) + CAST(CAST(COALESCE("users".visits, 0) AS DECIMAL(38, 6)) * 1000000 AS DECIMAL(38, 0))) - SUM(DISTINCT CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 1, 15), 16) AS DECIMAL(38, 0)) * 4294967296 + CAST(from_base(substr(to_hex(md5(to_utf8(CAST("users".user_name AS VARCHAR)))), 16, 8), 16) AS DECIMAL(38, 0))) AS DOUBLE) / 1000000, 0) AS "users.total_visits"
                        FROM audit.users AS "users"
                        LEFT JOIN audit.events AS "events" ON ("users".user_name) = ("events".user_name)
                        GROUP BY 1
                        ORDER BY "users.total_visits" DESC, "events.event_source" ASC
                        LIMIT 500
                        """);
    }

    @Test
    void oneToManyKeepsTheOneSideExact() {
        assertThat(TestingPlanner.run(USERS_WITH_EVENTS).rows())
                .containsExactly(List.of(9.75, 3.25, 4L, 2L, 5L, new BigDecimal("42")));
    }

    @Test
    void naiveSqlWouldOverCount() {
        String sql = "SELECT sum(u.visits) FROM audit.users u LEFT JOIN audit.events e ON u.user_name = e.user_name";
        assertThat(TestingPlanner.execute(new RenderedSql(sql, List.of())).rows())
                .containsExactly(List.of(new BigDecimal("18.50")));
    }

    @Test
    void groupedByTheManySide() {
        QueryRequest request = QueryRequest.of("users", List.of("events.event_source", "users.total_visits",
                "users.average_visits", "users.count")).withSorts(List.of(SortSpec.parse("events.event_source")));
        assertThat(TestingPlanner.run(request).rows()).containsExactly(
                Arrays.asList("ec2", 0.0, null, 1L),
                Arrays.asList("s3", 8.75, 4.375, 2L),
                Arrays.asList("signin", 8.75, 4.375, 2L),
                Arrays.asList(null, 1.0, 1.0, 1L));
    }

    @Test
    void manyToOneMeasuresOfTheJoinedViewAreSymmetricToo() {
        QueryRequest request = QueryRequest.of("events", List.of("users.total_visits", "users.count", "events.count",
                "events.total_bytes"));
        assertThat(TestingPlanner.run(request).rows())
                .containsExactly(List.of(8.75, 3L, 6L, new BigDecimal("43")));
        QueryRequest filtered = request.withFilters(List.of(new QueryFilter("events.event_source", "s3")));
        assertThat(TestingPlanner.run(filtered).rows())
                .containsExactly(List.of(8.75, 2L, 3L, new BigDecimal("21")));
    }

    @Test
    void measureFiltersWrapKeyAndValue() {
        String sql = new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(TestingPlanner.plan(QueryRequest.of("users",
                List.of("events.count", "users.count")), DuckDbDialect.INSTANCE).select());
        assertThat(sql).contains("COUNT(DISTINCT \"events\".event_id) AS \"events.count\"",
                "COUNT(DISTINCT \"users\".user_name) AS \"users.count\"");
        QueryRequest logins = QueryRequest.of("users", List.of("users.team", "events.logins", "users.total_visits"))
                .withSorts(List.of(SortSpec.parse("users.team")));
        assertThat(TestingPlanner.run(logins).rows()).containsExactly(List.of("blue", 1L, 7.25),
                List.of("red", 1L, 2.5));
    }

    @Test
    void aFannedOutViewNeedsAPrimaryKey() {
        Model model = ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("keyless", Map.of(
                "m.model.lkml", """
                        include: "*.view"
                        explore: users { join: events { sql_on: ${users.name} = ${events.user} ;;
                          relationship: one_to_many } }
                        """,
                "v.view.lkml", """
                        view: users { dimension: name {} dimension: visits { type: number }
                          measure: total { type: sum sql: ${visits} ;; }
                          measure: middle { type: median sql: ${visits} ;; } }
                        view: events { dimension: user {} dimension: id { primary_key: yes } }
                        """)))).models().get(0);
        QueryPlanner planner = new QueryPlanner(DuckDbDialect.INSTANCE.capabilities(), TestingPlanner.CLOCK);
        assertThatThrownBy(() -> planner.plan(model, QueryRequest.of("users", List.of("users.total", "events.id"))))
                .hasMessage("'users.total' needs a primary_key in view 'users': the query joins other views, so its"
                        + " rows may repeat and are counted once per primary key");
        assertThatThrownBy(() -> planner.plan(model, QueryRequest.of("users", List.of("users.middle", "events.id"))))
                .hasMessage("'users.middle' (median) cannot be computed here: a join repeats the rows of 'users', and"
                        + " medians and percentiles cannot be made symmetric");
        assertThat(planner.plan(model, QueryRequest.of("users", List.of("users.total"))).select().joins()).isEmpty();
    }
}
