package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every measure type, with filters as CASE WHEN inside the aggregate; values from the fixture by hand. */
final class TestPlannerMeasures {
    private static final QueryRequest TYPES = QueryRequest.of("events", List.of("events.count", "events.users",
            "events.total_bytes", "events.average_bytes", "events.smallest", "events.largest", "events.median_bytes",
            "events.p75_bytes", "events.names", "events.unique_bytes", "events.failed_logins", "events.error_rate"));
    private static final QueryRequest FILTERED = QueryRequest.of("events", List.of("events.logins",
            "events.failed_logins"));

    @Test
    void computesEveryType() {
        assertThat(TestingPlanner.run(TYPES).rows()).containsExactly(Arrays.asList(6L, 3L, new BigDecimal("43"),
                8.6, 1L, 20L, 7.0, 10.0, "ConsoleLogin, DescribeInstances, GetObject, PutObject", 43.0, 1L, 0.5));
    }

    @Test
    void filtersGoInsideTheAggregate() {
        TestingPlanner.assertSql(FILTERED)
                .duckdb("""
                        SELECT
                          COUNT(CASE WHEN ("events".event_name) = ? THEN 1 END) AS "events.logins",
                          COUNT(CASE WHEN ("events".event_name) = ? AND ("events".error_message IS NOT NULL) THEN 1 END) AS "events.failed_logins"
                        FROM audit.events AS "events"
                        ORDER BY "events.logins" DESC
                        LIMIT 500
                        """, List.of("ConsoleLogin", "ConsoleLogin"))
                .trino("""
                        SELECT
                          COUNT(CASE WHEN ("events".event_name) = ? THEN 1 END) AS "events.logins",
                          COUNT(CASE WHEN ("events".event_name) = ? AND ("events".error_message IS NOT NULL) THEN 1 END) AS "events.failed_logins"
                        FROM audit.events AS "events"
                        ORDER BY "events.logins" DESC
                        LIMIT 500
                        """, List.of("ConsoleLogin", "ConsoleLogin"))
                .athena("""
                        SELECT
                          COUNT(CASE WHEN ("events".event_name) = 'ConsoleLogin' THEN 1 END) AS "events.logins",
                          COUNT(CASE WHEN ("events".event_name) = 'ConsoleLogin' AND ("events".error_message IS NOT NULL) THEN 1 END) AS "events.failed_logins"
                        FROM audit.events AS "events"
                        ORDER BY "events.logins" DESC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(FILTERED).rows()).containsExactly(List.of(2L, 1L));
    }

    @Test
    void perGroupWithFilteredMeasures() {
        QueryRequest request = QueryRequest.of("events", List.of("events.event_source", "events.count",
                "events.errors", "events.error_rate")).withSorts(List.of(SortSpec.parse("events.event_source")));
        assertThat(TestingPlanner.run(request).rows()).containsExactly(List.of("ec2", 1L, 0L, 0.0),
                List.of("s3", 3L, 2L, 2.0 / 3), List.of("signin", 2L, 1L, 0.5));
    }
}
