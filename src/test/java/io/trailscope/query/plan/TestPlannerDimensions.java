package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every dimension type on the fixture's bytes (10, 20, 5, NULL, 7, 1 for events 1 to 6). */
final class TestPlannerDimensions {
    private static final QueryRequest TYPES = QueryRequest.of("events", List.of("events.event_id", "events.size",
            "events.severity", "events.spot", "events.zip", "events.day", "events.days_age", "events.hours_age",
            "events.is_error")).withSorts(List.of(SortSpec.parse("events.event_id")));
    private static final QueryRequest TIERS = QueryRequest.of("events", List.of("events.size", "events.count"))
            .withSorts(List.of(SortSpec.parse("events.size")));

    @Test
    void computesEveryType() {
        assertThat(TestingPlanner.run(TYPES).rows()).containsExactly(
                Arrays.asList(1L, "10 or Above", "High", "1.5,10", "01", LocalDate.parse("2024-05-17"), 1L, 38L, "No"),
                Arrays.asList(2L, "10 or Above", "High", "1.5,20", "02", LocalDate.parse("2024-05-18"), 0L, 22L,
                        "Yes"),
                Arrays.asList(3L, "5 to 9", "Medium", "1.5,5", "03", LocalDate.parse("2024-05-18"), 0L, 6L, "Yes"),
                Arrays.asList(4L, null, "Low", null, "04", LocalDate.parse("2024-05-11"), 7L, 168L, "No"),
                Arrays.asList(5L, "5 to 9", "Medium", "1.5,7", "05", LocalDate.parse("2024-04-30"), 18L, 444L, "No"),
                Arrays.asList(6L, "Below 5", "Low", "1.5,1", "06", null, null, null, "Yes"));
    }

    @Test
    void tiersSortByBucketNotLabel() {
        TestingPlanner.assertSql(TIERS)
                .duckdb("""
                        SELECT
                          CASE WHEN ("events".bytes) IS NULL THEN NULL WHEN ("events".bytes) < 5 THEN 'Below 5' WHEN ("events".bytes) < 10 THEN '5 to 9' ELSE '10 or Above' END AS "events.size",
                          COUNT(*) AS "events.count",
                          CASE WHEN ("events".bytes) IS NULL THEN NULL WHEN ("events".bytes) < 5 THEN 0 WHEN ("events".bytes) < 10 THEN 1 ELSE 2 END AS "__sort_1"
                        FROM audit.events AS "events"
                        GROUP BY 1, 3
                        ORDER BY "__sort_1" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          CASE WHEN ("events".bytes) IS NULL THEN NULL WHEN ("events".bytes) < 5 THEN 'Below 5' WHEN ("events".bytes) < 10 THEN '5 to 9' ELSE '10 or Above' END AS "events.size",
                          COUNT(*) AS "events.count",
                          CASE WHEN ("events".bytes) IS NULL THEN NULL WHEN ("events".bytes) < 5 THEN 0 WHEN ("events".bytes) < 10 THEN 1 ELSE 2 END AS "__sort_1"
                        FROM audit.events AS "events"
                        GROUP BY 1, 3
                        ORDER BY "__sort_1" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        SELECT
                          CASE WHEN ("events".bytes) IS NULL THEN NULL WHEN ("events".bytes) < 5 THEN 'Below 5' WHEN ("events".bytes) < 10 THEN '5 to 9' ELSE '10 or Above' END AS "events.size",
                          COUNT(*) AS "events.count",
                          CASE WHEN ("events".bytes) IS NULL THEN NULL WHEN ("events".bytes) < 5 THEN 0 WHEN ("events".bytes) < 10 THEN 1 ELSE 2 END AS "__sort_1"
                        FROM audit.events AS "events"
                        GROUP BY 1, 3
                        ORDER BY "__sort_1" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(TIERS).rows()).containsExactly(List.of("Below 5", 1L), List.of("5 to 9", 2L),
                List.of("10 or Above", 2L), Arrays.asList(null, 1L));
    }

    @Test
    void filtersUseEachTypesGrammar() {
        assertThat(TestingPlanner.run(QueryRequest.of("events", List.of("events.event_id"))
                .withFilters(List.of(new QueryFilter("events.severity", "High,Low"),
                        new QueryFilter("events.days_age", "<2"), new QueryFilter("events.day", "after 2024-05-12")))
                .withSorts(List.of(SortSpec.parse("events.event_id")))).rows())
                .containsExactly(List.of(1L), List.of(2L));
    }
}
