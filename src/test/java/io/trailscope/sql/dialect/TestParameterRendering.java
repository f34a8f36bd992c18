package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.Expression;
import io.trailscope.sql.JoinType;
import io.trailscope.sql.Literal;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Parameter;
import io.trailscope.sql.Range;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.Select;
import io.trailscope.sql.SelectBuilder;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.SubqueryRelation;
import io.trailscope.sql.TableRef;
import io.trailscope.sql.TimeUnit;
import io.trailscope.sql.TruncateTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bound parameters follow the text order everywhere, even where a dialect repeats an operand. */
final class TestParameterRendering {
    private static final List<Parameter> EVERY_TYPE = List.of(
            Parameter.of("it's"),
            new Parameter(7, SqlType.INTEGER),
            Parameter.of(9_000_000_000L),
            new Parameter(0.25, SqlType.DOUBLE),
            new Parameter(new BigDecimal("12.50"), SqlType.decimal(10, 2)),
            new Parameter(true, SqlType.BOOLEAN),
            new Parameter(LocalDate.of(2024, 2, 29), SqlType.DATE),
            Parameter.of(LocalDateTime.of(2024, 3, 10, 2, 30, 0, 123_456_000)),
            Parameter.of(Instant.parse("2024-11-03T08:30:00Z")),
            new Parameter("{\"a\": [1, 2]}", SqlType.JSON));

    @Test
    void parametersFollowTheTextAcrossClauses() {
        Select perUser = Select.builder()
                .select(Sql.column("user_name"))
                .select(Sql.count(), "events")
                .from(TableRef.of("aws", "cloudtrail_logs"))
                .where(Sql.ne(Sql.column("event_name"), Parameter.of("p1")))
                .groupBy(Sql.column("user_name"))
                .build();
        Select select = Select.builder()
                .with("teams", Select.builder().select(Parameter.of("p0"), "label").build())
                .select(Sql.column("users", "user_name"))
                .select(Sql.plus(Sql.column("c", "events"), Parameter.of(100L)), "events")
                .from(TableRef.of("users"))
                .join(JoinType.INNER, new SubqueryRelation(perUser, "c"),
                        Sql.and(Sql.eq(Sql.column("users", "user_name"), Sql.column("c", "user_name")),
                                Sql.ne(Sql.column("users", "team"), Parameter.of("p3"))))
                .crossJoin(TableRef.of("teams"))
                .where(Range.halfOpen(Sql.column("users", "visits"), Parameter.of(1L), Parameter.of(10L)))
                .groupBy(Sql.column("users", "user_name"), Sql.plus(Sql.column("c", "events"), Parameter.of(100L)))
                .having(Sql.gt(Sql.count(), Parameter.of(0L)))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .limit(10)
                .build();
        RenderedSql sql = new SqlRenderer(DuckDbDialect.INSTANCE).render(select);
        assertThat(sql.text()).isEqualTo("""
                WITH
                  "teams" AS (
                    SELECT
                      ? AS "label"
                  )
                SELECT
                  "users"."user_name",
                  "c"."events" + ? AS "events"
                FROM "users"
                INNER JOIN (
                  SELECT
                    "user_name",
                    COUNT(*) AS "events"
                  FROM "aws"."cloudtrail_logs"
                  WHERE "event_name" <> ?
                  GROUP BY 1
                ) AS "c" ON "users"."user_name" = "c"."user_name" AND "users"."team" <> ?
                CROSS JOIN "teams"
                WHERE "users"."visits" >= ? AND "users"."visits" < ?
                GROUP BY 1, 2
                HAVING COUNT(*) > ?
                ORDER BY 1 ASC
                LIMIT 10""");
        assertThat(sql.parameters()).containsExactly("p0", 100L, "p1", "p3", 1L, 10L, 0L);
        assertThat(TestingDuckDb.shared().query(sql)).containsExactly(List.of("alice", 102L), List.of("bob", 102L));
        TrinoSyntax.parse(new SqlRenderer(TrinoDialect.INSTANCE).render(select).text());
    }

    /** A bucket repeats its operand three times; each repetition binds its own copy, in order. */
    @Test
    void operandsRepeatedByLoweringRepeatTheirParameters() {
        Parameter time = Parameter.of(LocalDateTime.of(2024, 3, 10, 2, 44, 59));
        Select select = Select.builder()
                .select(TruncateTime.bucket(time, TimeUnit.MINUTE, 15), "bucket")
                .select(Range.halfOpen(Parameter.of(5L), Literal.of(0), Literal.of(10)), "inside")
                .build();
        for (Dialect dialect : List.of(DuckDbDialect.INSTANCE, TrinoDialect.INSTANCE)) {
            RenderedSql sql = new SqlRenderer(dialect).render(select);
            assertThat(sql.parameters()).as(dialect.name())
                    .containsExactly(time.value(), time.value(), time.value(), 5L, 5L);
            assertThat(sql.text().chars().filter(c -> c == '?').count()).isEqualTo(5);
        }
        assertThat(TestingDuckDb.shared().query(new SqlRenderer(DuckDbDialect.INSTANCE).render(select)))
                .containsExactly(List.of(LocalDateTime.of(2024, 3, 10, 2, 30), true));
    }

    /** Every parameter type binds through DuckDB's JDBC driver and, inlined, reads back the same value. */
    @Test
    void everyTypeBindsAndInlines() {
        SelectBuilder builder = Select.builder();
        for (int i = 0; i < EVERY_TYPE.size(); i++) {
            builder.select(Sql.cast(EVERY_TYPE.get(i), EVERY_TYPE.get(i).type()), "v" + i);
        }
        Select select = builder.build();
        SqlRenderer renderer = new SqlRenderer(DuckDbDialect.INSTANCE);
        List<Object> bound = TestingDuckDb.shared().query(renderer.render(select)).get(0);
        List<Object> inlined = TestingDuckDb.shared().query(new RenderedSql(renderer.renderInline(select), List.of()))
                .get(0);
        assertThat(inlined).isEqualTo(bound);
        // DuckDB hands JSON back as its own JsonNode; compare its text.
        assertThat(inlined.stream().map(v -> v.getClass().getSimpleName().equals("JsonNode") ? v.toString() : v))
                .containsExactly("it's", 7, 9_000_000_000L, 0.25, new BigDecimal("12.50"),
                true, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 3, 10, 2, 30, 0, 123_456_000),
                OffsetDateTime.of(2024, 11, 3, 8, 30, 0, 0, ZoneOffset.UTC), "{\"a\": [1, 2]}");
        assertThat(renderer.renderInline(select)).isEqualTo("""
                SELECT
                  CAST('it''s' AS VARCHAR) AS "v0",
                  CAST(7 AS INTEGER) AS "v1",
                  CAST(9000000000 AS BIGINT) AS "v2",
                  CAST(CAST(0.25 AS DOUBLE) AS DOUBLE) AS "v3",
                  CAST(CAST(12.50 AS DECIMAL(10, 2)) AS DECIMAL(10, 2)) AS "v4",
                  CAST(TRUE AS BOOLEAN) AS "v5",
                  CAST(DATE '2024-02-29' AS DATE) AS "v6",
                  CAST(TIMESTAMP '2024-03-10 02:30:00.123456' AS TIMESTAMP) AS "v7",
                  CAST(TIMESTAMPTZ '2024-11-03 08:30:00+00' AS TIMESTAMP WITH TIME ZONE) AS "v8",
                  CAST(CAST('{"a": [1, 2]}' AS JSON) AS JSON) AS "v9"
                """.stripTrailing());
    }

    /** Athena cannot bind (its execution parameters are SQL text), so render() inlines; Trino binds. */
    @Test
    void athenaInlinesWhatTrinoBinds() {
        Expression filter = Sql.eq(Sql.column("user_name"), Parameter.of("o'brien"));
        Select select = Select.builder().select(Sql.count(), "n").from(TableRef.of("aws", "cloudtrail_logs"))
                .where(filter).build();
        RenderedSql trino = new SqlRenderer(TrinoDialect.INSTANCE).render(select);
        RenderedSql athena = new SqlRenderer(AthenaDialect.INSTANCE).render(select);
        assertThat(trino.parameters()).containsExactly("o'brien");
        assertThat(trino.text()).endsWith("WHERE \"user_name\" = ?");
        assertThat(athena.parameters()).isEmpty();
        assertThat(athena.text()).endsWith("WHERE \"user_name\" = 'o''brien'");
        assertThat(new SqlRenderer(TrinoDialect.INSTANCE).renderInline(select)).isEqualTo(athena.text());
        TrinoSyntax.parse(trino.text());
        TrinoSyntax.parse(athena.text());
    }
}
