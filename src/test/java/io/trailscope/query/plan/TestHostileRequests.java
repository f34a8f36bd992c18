package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.lookml.project.ProjectFiles;
import io.trailscope.lookml.project.ProjectLoader;
import io.trailscope.model.Model;
import io.trailscope.model.ModelResolver;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests as a browser could send them: odd ids, injection in every slot, huge values. */
final class TestHostileRequests {
    private static TrailException failure(QueryRequest request) {
        try {
            TestingPlanner.plan(request, DuckDbDialect.INSTANCE);
        } catch (TrailException e) {
            return e;
        }
        throw new AssertionError("planned " + request);
    }

    @Test
    void fieldIdsThatAreNotIdsAreUnknownFields() {
        for (String id : List.of("", ".", "events.", ".count", "events.count.x", "events.count; DROP TABLE x",
                "\"events\".\"count\"", "events.count--", "events.${TABLE}")) {
            TrailException e = failure(QueryRequest.of("events", List.of(id)));
            assertThat(e.errorCode()).as(id).isEqualTo(ErrorCode.QUERY_UNKNOWN_FIELD);
        }
    }

    @Test
    void injectionInFiltersStaysData() {
        String payload = "x' OR '1'='1";
        QueryRequest request = QueryRequest.of("events", List.of("events.count")).withFilters(List.of(
                new QueryFilter("events.event_name", payload), new QueryFilter("events.region", "%'; --%")));
        String inline = new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(TestingPlanner.plan(request,
                DuckDbDialect.INSTANCE).select());
        assertThat(inline).contains("= 'x'' OR ''1''=''1'", "LIKE '%''; --%' ESCAPE '\\'");
        assertThat(TestingPlanner.run(request).rows()).containsExactly(List.of(0L));
        assertThat(TestingPlanner.run(QueryRequest.of("events", List.of("events.count"))
                .withFilters(List.of(new QueryFilter("events.event_name", "100^%")))).rows())
                .containsExactly(List.of(0L));
    }

    @Test
    void oddSortsZonesAndHugeValuesAreUserErrors() {
        assertThatThrownBy(() -> SortSpec.parse("events.count desc; DROP TABLE x"))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.QUERY_INVALID));
        assertThat(failure(QueryRequest.of("events", List.of("events.count")).withTimeZone("UTC'; --"))
                .errorCode()).isEqualTo(ErrorCode.QUERY_INVALID);
        TrailException huge = failure(QueryRequest.of("events", List.of("events.count")).withFilters(List.of(
                new QueryFilter("events.event_name", "a".repeat(20_000)))));
        assertThat(huge.errorCode()).isEqualTo(ErrorCode.FILTER_EXPRESSION);
        TrailException digits = failure(QueryRequest.of("events", List.of("events.count")).withFilters(List.of(
                new QueryFilter("events.bytes", "1" + "0".repeat(60)))));
        assertThat(digits.errorCode()).isEqualTo(ErrorCode.FILTER_EXPRESSION);
        assertThat(digits).hasMessageContaining("has more than 38 digits");
    }

    @Test
    void caseInsensitiveModelsLowerBothSides() {
        Model model = ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("ci", Map.of(
                "m.model.lkml", "include: \"*.view\"\ncase_sensitive: no\nexplore: events {}\n",
                "v.view.lkml", "view: events { sql_table_name: audit.events ;; dimension: event_name {}"
                        + " measure: count { type: count } }\n")))).models().get(0);
        QueryPlan plan = new QueryPlanner(DuckDbDialect.INSTANCE.capabilities(), TestingPlanner.CLOCK).plan(model,
                QueryRequest.of("events", List.of("events.count")).withFilters(List.of(
                        new QueryFilter("events.event_name", "consolelogin,%OBJECT%"))));
        assertThat(new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(plan.select())).contains(
                "WHERE lower(\"events\".event_name) = lower('consolelogin')"
                        + " OR lower(\"events\".event_name) LIKE lower('%OBJECT%') ESCAPE '\\'");
        assertThat(TestingPlanner.execute(new SqlRenderer(DuckDbDialect.INSTANCE).render(plan.select())).rows())
                .containsExactly(List.of(5L));
    }

    @Test
    void deepReferenceChainsAreRefusedNotOverflowed() {
        StringBuilder view = new StringBuilder("view: v {\n  dimension: d0 { sql: 1 ;; }\n");
        for (int i = 1; i < 5000; i++) {
            view.append("  dimension: d").append(i).append(" { sql: ${d").append(i - 1).append("} + 1 ;; }\n");
        }
        view.append("  dimension: d_ok { sql: ${d50} ;; }\n}\n");
        Model model = ModelResolver.resolve(ProjectLoader.load(ProjectFiles.inMemory("deep", Map.of(
                "m.model.lkml", "include: \"*.view\"\nexplore: v {}\n", "v.view.lkml", view.toString()))))
                .models().get(0);
        QueryPlanner planner = new QueryPlanner(DuckDbDialect.INSTANCE.capabilities(), TestingPlanner.CLOCK);
        assertThatThrownBy(() -> planner.plan(model, QueryRequest.of("v", List.of("v.d4999"))))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.QUERY_INVALID))
                .hasMessageEndingWith("field references nest deeper than 100 levels");
        assertThat(planner.plan(model, QueryRequest.of("v", List.of("v.d_ok"))).select().items()).hasSize(1);
    }
}
