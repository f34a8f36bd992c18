package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.query.result.QueryResult;
import io.trailscope.query.result.ResultColumn;
import io.trailscope.sql.dialect.DuckDbDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pivots are grouped in SQL and spread in Java; fill fields make date axes dense. */
final class TestPlannerPivots {
    @Test
    void pivotsSourcesIntoColumns() {
        QueryRequest request = QueryRequest.of("events", List.of("events.event_time_date", "events.event_source",
                "events.count")).withPivots(List.of("events.event_source"))
                .withFilters(List.of(new QueryFilter("events.event_time_date", "NOT NULL")))
                .withFillFields(List.of("events.event_time_date"))
                .withSorts(List.of(SortSpec.parse("events.event_time_date desc")));
        QueryResult result = TestingPlanner.run(request);
        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("events.event_time_date",
                "events.count|ec2", "events.count|s3", "events.count|signin");
        assertThat(result.rows()).hasSize(19);
        assertThat(result.rows().get(0)).containsExactly("2024-05-18", null, 1L, 1L);
        assertThat(result.rows().get(1)).containsExactly("2024-05-17", null, null, 1L);
        assertThat(result.rows().get(2)).containsExactly("2024-05-16", null, null, null);
        assertThat(result.rows().get(7)).containsExactly("2024-05-11", null, 1L, null);
        assertThat(result.rows().get(18)).containsExactly("2024-04-30", 1L, null, null);
    }

    @Test
    void aPivotNotAmongTheFieldsIsAdded() {
        QueryPlan plan = TestingPlanner.plan(QueryRequest.of("events", List.of("events.count"))
                .withPivots(List.of("events.region")), DuckDbDialect.INSTANCE);
        assertThat(plan.notes()).containsExactly("pivot 'events.region' was not among the fields; it was added");
        assertThat(plan.select().limit()).hasValue(QueryPlanner.PIVOT_SQL_LIMIT);
        QueryResult result = TestingPlanner.run(QueryRequest.of("events", List.of("events.count"))
                .withPivots(List.of("events.region")));
        assertThat(result.columns()).extracting(ResultColumn::name).containsExactly("events.count|eu-west-1",
                "events.count|us-east-1", "events.count|us-west-2");
        assertThat(result.rows()).containsExactly(List.of(2L, 3L, 1L));
    }
}
