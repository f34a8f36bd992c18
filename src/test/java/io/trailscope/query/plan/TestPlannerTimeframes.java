package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import io.trailscope.model.Model;
import io.trailscope.model.ModelResolver;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.query.result.ResultShaper;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Timeframes of {@code event_time} for event 3 (Saturday 2024-05-18 17:45:00 UTC, 10:45 in Los Angeles) and event
 * 2 (Saturday 01:30 UTC, Friday 18:30 in Los Angeles): converted to the query zone, then truncated or extracted.
 */
final class TestPlannerTimeframes {
    private static final List<String> TIMEFRAMES = List.of("events.event_time_raw", "events.event_time_time",
            "events.event_time_date", "events.event_time_week", "events.event_time_month",
            "events.event_time_quarter", "events.event_time_year", "events.event_time_hour",
            "events.event_time_minute15", "events.event_time_hour_of_day", "events.event_time_day_of_week",
            "events.event_time_day_of_week_index", "events.event_time_month_name");
    private static final QueryRequest DAYS = QueryRequest.of("events", List.of("events.event_time_day_of_week",
            "events.count")).withSorts(List.of(SortSpec.parse("events.event_time_day_of_week")));

    private static List<Object> event(int id, String zone) {
        QueryRequest request = QueryRequest.of("events", TIMEFRAMES)
                .withFilters(List.of(new QueryFilter("events.event_id", Integer.toString(id)))).withTimeZone(zone);
        return TestingPlanner.run(request).rows().get(0);
    }

    @Test
    void inUtc() {
        assertThat(event(3, "UTC")).containsExactly("2024-05-18 17:45:00", "2024-05-18 17:45:00",
                "2024-05-18", "2024-05-13", "2024-05", "2024-Q2", "2024", "2024-05-18 17", "2024-05-18 17:45", 17L,
                "Saturday", 5L, "May");
    }

    @Test
    void inTheQueryTimeZone() {
        assertThat(event(3, "America/Los_Angeles")).containsExactly("2024-05-18 10:45:00",
                "2024-05-18 10:45:00", "2024-05-18", "2024-05-13", "2024-05", "2024-Q2", "2024", "2024-05-18 10",
                "2024-05-18 10:45", 10L, "Saturday", 5L, "May");
        assertThat(event(2, "America/Los_Angeles")).containsExactly("2024-05-17 18:30:00",
                "2024-05-17 18:30:00", "2024-05-17", "2024-05-13", "2024-05", "2024-Q2", "2024", "2024-05-17 18",
                "2024-05-17 18:30", 18L, "Friday", 4L, "May");
    }

    @Test
    void dayNamesSortInWeekOrder() {
        String sql = new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(TestingPlanner.plan(DAYS,
                DuckDbDialect.INSTANCE).select());
        assertThat(sql).contains("AS \"__sort_1\"", "ORDER BY \"__sort_1\" ASC");
        assertThat(TestingPlanner.run(DAYS).rows()).containsExactly(List.of("Tuesday", 1L), List.of("Friday", 1L),
                List.of("Saturday", 3L), Arrays.asList(null, 1L));
        assertThat(TestingPlanner.run(DAYS).columns()).hasSize(2);
    }

    @Test
    void weeksStartOnTheModelsDay() {
        Model model = ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("sunday", Map.of(
                "m.model.lkml", "include: \"*.view\"\nweek_start_day: sunday\nexplore: events {}\n",
                "v.view.lkml", """
                        view: events {
                          sql_table_name: audit.events ;;
                          dimension: event_id { type: number }
                          dimension_group: seen { type: time timeframes: [week, day_of_week_index]
                            sql: from_iso8601_timestamp(${TABLE}.eventtime) ;; }
                        }
                        """)))).models().get(0);
        QueryPlan plan = new QueryPlanner(DuckDbDialect.INSTANCE.capabilities(), TestingPlanner.CLOCK).plan(model,
                QueryRequest.of("events", List.of("events.seen_week", "events.seen_day_of_week_index"))
                        .withFilters(List.of(new QueryFilter("events.event_id", "3"))));
        List<List<Object>> rows = TestingPlanner.execute(new SqlRenderer(DuckDbDialect.INSTANCE)
                .render(plan.select())).rows();
        assertThat(ResultShaper.shape(plan.layout(), rows, false, "", List.of()).rows())
                .containsExactly(List.of("2024-05-12", 6L));
    }
}
