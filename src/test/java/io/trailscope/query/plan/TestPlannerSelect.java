package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.query.result.QueryResult;
import io.trailscope.sql.dialect.DuckDbDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SELECT, GROUP BY, Looker's default sort, limits. */
final class TestPlannerSelect {
    private static final QueryRequest BY_NAME = QueryRequest.of("events",
            List.of("events.count", "events.event_name"));
    private static final QueryRequest DIMENSIONS_ONLY = QueryRequest.of("events",
            List.of("events.event_source", "events.region"));
    private static final QueryRequest MEASURES_ONLY = QueryRequest.of("events", List.of("events.count",
            "events.logins", "events.errors", "events.error_rate"));

    @Test
    void groupsDimensionsAndSortsByTheFirstMeasure() {
        TestingPlanner.assertSql(BY_NAME)
                .duckdb("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        GROUP BY 1
                        ORDER BY "events.count" DESC, "events.event_name" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        GROUP BY 1
                        ORDER BY "events.count" DESC, "events.event_name" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        GROUP BY 1
                        ORDER BY "events.count" DESC, "events.event_name" ASC
                        LIMIT 500
                        """);
        QueryResult result = TestingPlanner.run(BY_NAME.withSorts(List.of(SortSpec.parse("events.count desc"),
                SortSpec.parse("events.event_name"))));
        assertThat(result.rows()).containsExactly(List.of("ConsoleLogin", 2L), List.of("GetObject", 2L),
                List.of("DescribeInstances", 1L), List.of("PutObject", 1L));
        assertThat(TestingPlanner.run(BY_NAME.withLimit(3)).rows())
                .as("ties on the count break by the dimension, so a limit always cuts the same rows")
                .containsExactly(List.of("ConsoleLogin", 2L), List.of("GetObject", 2L),
                        List.of("DescribeInstances", 1L));
    }

    @Test
    void dimensionsOnlyGiveDistinctRowsSortedByTheFirstDimension() {
        QueryRequest request = DIMENSIONS_ONLY;
        TestingPlanner.assertSql(request)
                .duckdb("""
                        SELECT
                          "events".event_source AS "events.event_source",
                          "events".region AS "events.region"
                        FROM audit.events AS "events"
                        GROUP BY 1, 2
                        ORDER BY "events.event_source" ASC, "events.region" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          "events".event_source AS "events.event_source",
                          "events".region AS "events.region"
                        FROM audit.events AS "events"
                        GROUP BY 1, 2
                        ORDER BY "events.event_source" ASC, "events.region" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        SELECT
                          "events".event_source AS "events.event_source",
                          "events".region AS "events.region"
                        FROM audit.events AS "events"
                        GROUP BY 1, 2
                        ORDER BY "events.event_source" ASC, "events.region" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(request.withSorts(List.of(SortSpec.parse("events.event_source"),
                SortSpec.parse("events.region")))).rows()).containsExactly(List.of("ec2", "us-east-1"),
                List.of("s3", "eu-west-1"), List.of("s3", "us-east-1"), List.of("s3", "us-west-2"),
                List.of("signin", "eu-west-1"), List.of("signin", "us-east-1"));
    }

    @Test
    void measuresOnlyHaveNoGroupBy() {
        QueryRequest request = MEASURES_ONLY;
        TestingPlanner.assertSql(request)
                .duckdb("""
                        SELECT
                          COUNT(*) AS "events.count",
                          COUNT(CASE WHEN ("events".event_name) = ? THEN 1 END) AS "events.logins",
                          COUNT(CASE WHEN "events".error_message IS NOT NULL THEN 1 END) AS "events.errors",
                          1.0 * COUNT(CASE WHEN "events".error_message IS NOT NULL THEN 1 END) / NULLIF(COUNT(*), 0) AS "events.error_rate"
                        FROM audit.events AS "events"
                        ORDER BY "events.count" DESC
                        LIMIT 500
                        """, List.of("ConsoleLogin"))
                .trino("""
                        SELECT
                          COUNT(*) AS "events.count",
                          COUNT(CASE WHEN ("events".event_name) = ? THEN 1 END) AS "events.logins",
                          COUNT(CASE WHEN "events".error_message IS NOT NULL THEN 1 END) AS "events.errors",
                          1.0 * COUNT(CASE WHEN "events".error_message IS NOT NULL THEN 1 END) / NULLIF(COUNT(*), 0) AS "events.error_rate"
                        FROM audit.events AS "events"
                        ORDER BY "events.count" DESC
                        LIMIT 500
                        """, List.of("ConsoleLogin"))
                .athena("""
                        SELECT
                          COUNT(*) AS "events.count",
                          COUNT(CASE WHEN ("events".event_name) = 'ConsoleLogin' THEN 1 END) AS "events.logins",
                          COUNT(CASE WHEN "events".error_message IS NOT NULL THEN 1 END) AS "events.errors",
                          1.0 * COUNT(CASE WHEN "events".error_message IS NOT NULL THEN 1 END) / NULLIF(COUNT(*), 0) AS "events.error_rate"
                        FROM audit.events AS "events"
                        ORDER BY "events.count" DESC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(request).rows()).containsExactly(List.of(6L, 2L, 3L, 0.5));
    }

    @Test
    void aDateDimensionSortsFirstAndDescending() {
        QueryPlan plan = TestingPlanner.plan(QueryRequest.of("events", List.of("events.count",
                "events.event_name", "events.event_time_month")), DuckDbDialect.INSTANCE);
        assertThat(plan.layout().sorts()).containsExactly(new SortSpec("events.event_time_month", true));
    }

    @Test
    void limitsDefaultTo500AndStopAt5000() {
        assertThat(TestingPlanner.plan(BY_NAME, DuckDbDialect.INSTANCE).select().limit()).hasValue(500);
        QueryPlan capped = TestingPlanner.plan(BY_NAME.withLimit(9000), DuckDbDialect.INSTANCE);
        assertThat(capped.select().limit()).hasValue(5000);
        assertThat(capped.notes()).containsExactly("limit 9000 is above the maximum; 5000 rows at most");
        assertThat(TestingPlanner.run(BY_NAME.withLimit(2)).rows()).hasSize(2);
        assertThatThrownBy(() -> TestingPlanner.plan(BY_NAME.withLimit(0), DuckDbDialect.INSTANCE))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.QUERY_INVALID))
                .hasMessage("limit must be at least 1, not 0");
    }

    @Test
    void sortsOnFieldsOutsideTheQueryAreIgnoredWithANote() {
        QueryPlan plan = TestingPlanner.plan(BY_NAME.withSorts(List.of(SortSpec.parse("events.region desc"),
                SortSpec.parse("events.nope"), SortSpec.parse("ghost.field"))), DuckDbDialect.INSTANCE);
        assertThat(plan.notes()).containsExactly(
                "sort on 'events.region' ignored: the query does not select it",
                "sort on 'events.nope' ignored: no such field",
                "sort on 'ghost.field' ignored: no such field");
        assertThat(plan.layout().sorts()).containsExactly(new SortSpec("events.count", true));
    }

    @Test
    void unknownFieldsAndExploresAreClearErrors() {
        assertThatThrownBy(() -> TestingPlanner.plan(QueryRequest.of("events", List.of("events.event_nam")),
                DuckDbDialect.INSTANCE))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.QUERY_UNKNOWN_FIELD))
                .hasMessage("view 'events' has no field 'event_nam'; did you mean 'events.event_name'?");
        assertThatThrownBy(() -> TestingPlanner.plan(QueryRequest.of("events", List.of("people.name")),
                DuckDbDialect.INSTANCE))
                .hasMessage("explore 'events' has no view 'people' (it has events, users, teams)");
        assertThatThrownBy(() -> TestingPlanner.plan(QueryRequest.of("nothing", List.of("events.count")),
                DuckDbDialect.INSTANCE))
                .hasMessage("model 'warehouse' has no explore 'nothing' (it has events, users, guarded, user_facts)");
        assertThatThrownBy(() -> TestingPlanner.plan(QueryRequest.of("events", List.of()), DuckDbDialect.INSTANCE))
                .hasMessage("the query selects no field");
        assertThatThrownBy(() -> TestingPlanner.plan(BY_NAME.withTimeZone("Mars/Olympus"), DuckDbDialect.INSTANCE))
                .hasMessage("unknown time zone 'Mars/Olympus': use an IANA name such as America/Los_Angeles or UTC");
    }
}
