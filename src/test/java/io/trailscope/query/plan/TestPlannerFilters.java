package io.trailscope.query.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import io.trailscope.query.QueryFilter;
import io.trailscope.query.QueryRequest;
import io.trailscope.query.SortSpec;
import io.trailscope.sql.dialect.DuckDbDialect;
import io.trailscope.sql.dialect.SqlRenderer;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filter expressions as predicates: WHERE for dimensions, HAVING for measures, values always bound. */
final class TestPlannerFilters {
    private static final QueryRequest STRINGS = byName("events.event_name", "Console%,GetObject,PutObject,-%Put%");
    private static final QueryRequest INJECTION = byName("events.event_name", "'; DROP TABLE audit.events; --");
    private static final QueryRequest DATES = byName("events.event_time_date", "7 days")
            .withTimeZone("America/Los_Angeles");
    private static final QueryRequest HAVING = byName("events.count", ">1").withFilters(List.of(
            new QueryFilter("events.count", ">1"), new QueryFilter("events.bytes", "[5, 10],>=20")));
    private static final QueryRequest YESNO = byName("events.is_error", "no");

    private static QueryRequest byName(String field, String expression) {
        return QueryRequest.of("events", List.of("events.event_name", "events.count"))
                .withFilters(List.of(new QueryFilter(field, expression)))
                .withSorts(List.of(SortSpec.parse("events.event_name")));
    }

    @Test
    void stringsOrTheirPositivesAndAndTheirNegations() {
        TestingPlanner.assertSql(STRINGS)
                .duckdb("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE (("events".event_name) IN (?, ?) OR ("events".event_name) LIKE ? ESCAPE '\\')
                          AND (("events".event_name) NOT LIKE ? ESCAPE '\\' OR ("events".event_name) IS NULL)
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of("GetObject", "PutObject", "Console%", "%Put%"))
                .trino("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE (("events".event_name) IN (?, ?) OR ("events".event_name) LIKE ? ESCAPE '\\')
                          AND (("events".event_name) NOT LIKE ? ESCAPE '\\' OR ("events".event_name) IS NULL)
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of("GetObject", "PutObject", "Console%", "%Put%"))
                .athena("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE (("events".event_name) IN ('GetObject', 'PutObject') OR ("events".event_name) LIKE 'Console%' ESCAPE '\\')
                          AND (("events".event_name) NOT LIKE '%Put%' ESCAPE '\\' OR ("events".event_name) IS NULL)
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(STRINGS).rows()).containsExactly(List.of("ConsoleLogin", 2L),
                List.of("GetObject", 2L));
    }

    @Test
    void valuesAreBoundNeverSpliced() {
        TestingPlanner.assertSql(INJECTION)
                .duckdb("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE ("events".event_name) = ?
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of("'; DROP TABLE audit.events; --"))
                .trino("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE ("events".event_name) = ?
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of("'; DROP TABLE audit.events; --"))
                .athena("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE ("events".event_name) = '''; DROP TABLE audit.events; --'
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(INJECTION).rows()).isEmpty();
        assertThat(TestingPlanner.run(QueryRequest.of("events", List.of("events.count"))).rows())
                .containsExactly(List.of(6L));
    }

    @Test
    void datesAreHalfOpenRangesInTheQueryTimeZone() {
        TestingPlanner.assertSql(DATES)
                .duckdb("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE timezone('America/Los_Angeles', CAST(from_iso8601_timestamp("events".eventtime) AS TIMESTAMP WITH TIME ZONE)) >= ? AND timezone('America/Los_Angeles', CAST(from_iso8601_timestamp("events".eventtime) AS TIMESTAMP WITH TIME ZONE)) < ?
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of(LocalDateTime.parse("2024-05-12T00:00"), LocalDateTime.parse("2024-05-19T00:00")))
                .trino("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE CAST(CAST(from_iso8601_timestamp("events".eventtime) AS TIMESTAMP(6) WITH TIME ZONE) AT TIME ZONE 'America/Los_Angeles' AS TIMESTAMP(6)) >= ? AND CAST(CAST(from_iso8601_timestamp("events".eventtime) AS TIMESTAMP(6) WITH TIME ZONE) AT TIME ZONE 'America/Los_Angeles' AS TIMESTAMP(6)) < ?
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of(LocalDateTime.parse("2024-05-12T00:00"), LocalDateTime.parse("2024-05-19T00:00")))
                .athena("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE date_parse(date_format(CAST(from_iso8601_timestamp("events".eventtime) AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE 'America/Los_Angeles', '%Y-%m-%d %H:%i:%s.%f'), '%Y-%m-%d %H:%i:%s.%f') >= TIMESTAMP '2024-05-12 00:00:00' AND date_parse(date_format(CAST(from_iso8601_timestamp("events".eventtime) AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE 'America/Los_Angeles', '%Y-%m-%d %H:%i:%s.%f'), '%Y-%m-%d %H:%i:%s.%f') < TIMESTAMP '2024-05-19 00:00:00'
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(DATES).rows()).containsExactly(List.of("ConsoleLogin", 2L),
                List.of("GetObject", 1L));
        assertThat(TestingPlanner.run(byName("events.event_time_date", "before 2024-05-12")).rows())
                .containsExactly(List.of("DescribeInstances", 1L), List.of("PutObject", 1L));
        assertThat(TestingPlanner.run(byName("events.event_time_date", "NULL")).rows())
                .containsExactly(List.of("GetObject", 1L));
        assertThat(TestingPlanner.run(byName("events.event_time_date", "2024-05-18 to 2024-05-19")).rows())
                .containsExactly(List.of("ConsoleLogin", 1L), List.of("GetObject", 1L));
        assertThat(TestingPlanner.run(byName("events.event_time_hour_of_day", "17")).rows())
                .containsExactly(List.of("ConsoleLogin", 1L));
        assertThat(TestingPlanner.run(byName("events.event_time_day_of_week", "Friday,Saturday")).rows())
                .containsExactly(List.of("ConsoleLogin", 2L), List.of("GetObject", 1L), List.of("PutObject", 1L));
    }

    @Test
    void measureFiltersGoToHaving() {
        TestingPlanner.assertSql(HAVING)
                .duckdb("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE ("events".bytes) BETWEEN ? AND ? OR ("events".bytes) >= ?
                        GROUP BY 1
                        HAVING COUNT(*) > ?
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("1")))
                .trino("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE ("events".bytes) BETWEEN ? AND ? OR ("events".bytes) >= ?
                        GROUP BY 1
                        HAVING COUNT(*) > ?
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of(new BigDecimal("5"), new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("1")))
                .athena("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE ("events".bytes) BETWEEN CAST(5 AS DECIMAL(1, 0)) AND CAST(10 AS DECIMAL(2, 0)) OR ("events".bytes) >= CAST(20 AS DECIMAL(2, 0))
                        GROUP BY 1
                        HAVING COUNT(*) > CAST(1 AS DECIMAL(1, 0))
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(HAVING).rows()).containsExactly(List.of("ConsoleLogin", 2L));
    }

    @Test
    void yesNoUsesTheConditionAndNoKeepsNulls() {
        TestingPlanner.assertSql(YESNO)
                .duckdb("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE NOT ("events".error_message IS NOT NULL) OR ("events".error_message IS NOT NULL) IS NULL
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of())
                .trino("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE NOT ("events".error_message IS NOT NULL) OR ("events".error_message IS NOT NULL) IS NULL
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """, List.of())
                .athena("""
                        SELECT
                          "events".event_name AS "events.event_name",
                          COUNT(*) AS "events.count"
                        FROM audit.events AS "events"
                        WHERE NOT ("events".error_message IS NOT NULL) OR ("events".error_message IS NOT NULL) IS NULL
                        GROUP BY 1
                        ORDER BY "events.event_name" ASC
                        LIMIT 500
                        """);
        assertThat(TestingPlanner.run(YESNO).rows()).containsExactly(List.of("ConsoleLogin", 1L),
                List.of("DescribeInstances", 1L), List.of("PutObject", 1L));
        assertThat(TestingPlanner.run(byName("events.is_error", "yes")).rows()).containsExactly(
                List.of("ConsoleLogin", 1L), List.of("GetObject", 2L));
    }

    @Test
    void blankExpressionsAddNothingAndJoinedFieldsAddTheirJoin() {
        QueryPlan blank = TestingPlanner.plan(byName("events.region", " "), DuckDbDialect.INSTANCE);
        assertThat(blank.select().where()).isEmpty();
        QueryRequest joined = byName("users.team", "red");
        assertThat(new SqlRenderer(DuckDbDialect.INSTANCE).renderInline(TestingPlanner.plan(joined,
                DuckDbDialect.INSTANCE).select())).contains(
                "LEFT JOIN audit.users AS \"users\" ON (\"events\".user_name) = (\"users\".user_name)",
                "WHERE (\"users\".team) = 'red'").doesNotContain("teams");
        assertThat(TestingPlanner.run(joined).rows()).containsExactly(List.of("ConsoleLogin", 1L),
                List.of("DescribeInstances", 1L), List.of("GetObject", 1L));
    }

    @Test
    void invalidExpressionsNameTheField() {
        assertThatThrownBy(() -> TestingPlanner.plan(byName("events.bytes", "lots"), DuckDbDialect.INSTANCE))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.FILTER_EXPRESSION))
                .hasMessageStartingWith("filter on 'events.bytes': filter expression:1:1: ");
        assertThatThrownBy(() -> TestingPlanner.plan(byName("events.nope", "x"), DuckDbDialect.INSTANCE))
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ErrorCode.QUERY_UNKNOWN_FIELD));
    }
}
