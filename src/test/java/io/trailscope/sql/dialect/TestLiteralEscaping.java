package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;
import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.sql.Expression;
import io.trailscope.sql.Literal;
import io.trailscope.sql.NumberLiteral;
import io.trailscope.sql.Select;
import io.trailscope.sql.SelectBuilder;
import io.trailscope.sql.RenderedSql;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SubqueryRelation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each dialect spells literals and identifiers; the values DuckDB reads back are asserted too. */
final class TestLiteralEscaping {
    private static Select selectAll(Expression... values) {
        SelectBuilder builder = Select.builder();
        for (int i = 0; i < values.length; i++) {
            builder.select(values[i], "v" + (i + 1));
        }
        return builder.build();
    }

    @Test
    void stringsDoubleTheirQuotesAndKeepBackslashes() {
        Select select = selectAll(Literal.of("it's"), Literal.of("a\\b"), Literal.of("''"), Literal.of("%_^\""),
                Literal.of("héllo 😀"), Literal.of("line1\nline2"), Literal.of(""));
        String expected = """
                SELECT
                  'it''s' AS "v1",
                  'a\\b' AS "v2",
                  '''''' AS "v3",
                  '%_^"' AS "v4",
                  'héllo 😀' AS "v5",
                  'line1
                line2' AS "v6",
                  '' AS "v7"
                """;
        assertSql(select)
                .duckdb(expected, List.of(List.of("it's", "a\\b", "''", "%_^\"", "héllo 😀", "line1\nline2", "")))
                .trinoAndAthena(expected);
    }

    /** DuckDB's parser ends a string at NUL, Trino's text stays printable: both splice control characters in. */
    @Test
    void controlCharacters() {
        Select select = selectAll(Literal.of("a\0b"), Literal.of("\0"), Literal.of("x\u0001'\\"));
        assertSql(select)
                .duckdb("""
                        SELECT
                          concat('a', chr(0), 'b') AS "v1",
                          chr(0) AS "v2",
                          'x\u0001''\\' AS "v3"
                        """, List.of(List.of("a\0b", "\0", "x\u0001'\\")))
                .trinoAndAthena("""
                        SELECT
                          U&'a\\0000b' AS "v1",
                          U&'\\0000' AS "v2",
                          U&'x\\0001''\\005C' AS "v3"
                        """);
    }

    @Test
    void numbersAreExactAndKeepTheirScale() {
        Select select = selectAll(Literal.of(0), Literal.of(-5), Literal.of(new BigDecimal("1.00")),
                Literal.of(new BigDecimal("-0.000001")), Literal.of(new BigDecimal("12345678901234567890")),
                Literal.of(new BigDecimal("1E+3")), NumberLiteral.ofDouble(0.1),
                Literal.of(new BigDecimal("9".repeat(38))));
        assertSql(select)
                .duckdb("""
                        SELECT
                          0 AS "v1",
                          -5 AS "v2",
                          1.00 AS "v3",
                          -0.000001 AS "v4",
                          12345678901234567890 AS "v5",
                          1000 AS "v6",
                          0.1 AS "v7",
                          99999999999999999999999999999999999999 AS "v8"
                        """, List.of(List.of(0, -5, new BigDecimal("1.00"), new BigDecimal("-0.000001"),
                                new BigInteger("12345678901234567890"), 1000, new BigDecimal("0.1"),
                                new BigInteger("9".repeat(38)))))
                .trinoAndAthena("""
                        SELECT
                          0 AS "v1",
                          -5 AS "v2",
                          1.00 AS "v3",
                          -0.000001 AS "v4",
                          DECIMAL '12345678901234567890' AS "v5",
                          1000 AS "v6",
                          0.1 AS "v7",
                          DECIMAL '99999999999999999999999999999999999999' AS "v8"
                        """);
    }

    @Test
    void datesTimestampsAndInstants() {
        Select select = selectAll(Literal.of(LocalDate.of(2024, 2, 29)), Literal.of(LocalDate.of(1, 1, 1)),
                Literal.of(LocalDateTime.of(2024, 3, 10, 2, 30)),
                Literal.of(LocalDateTime.of(2024, 3, 10, 2, 30, 5, 123_000_000)),
                Literal.of(LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000)),
                Literal.of(Instant.parse("2024-11-03T08:30:00.5Z")));
        assertSql(select)
                .duckdb("""
                        SELECT
                          DATE '2024-02-29' AS "v1",
                          DATE '0001-01-01' AS "v2",
                          TIMESTAMP '2024-03-10 02:30:00' AS "v3",
                          TIMESTAMP '2024-03-10 02:30:05.123' AS "v4",
                          TIMESTAMP '9999-12-31 23:59:59.999999' AS "v5",
                          TIMESTAMPTZ '2024-11-03 08:30:00.5+00' AS "v6"
                        """, List.of(Arrays.asList(LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1),
                                LocalDateTime.of(2024, 3, 10, 2, 30),
                                LocalDateTime.of(2024, 3, 10, 2, 30, 5, 123_000_000),
                                LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000),
                                OffsetDateTime.of(2024, 11, 3, 8, 30, 0, 500_000_000, ZoneOffset.UTC))))
                .trinoAndAthena("""
                        SELECT
                          DATE '2024-02-29' AS "v1",
                          DATE '0001-01-01' AS "v2",
                          TIMESTAMP '2024-03-10 02:30:00' AS "v3",
                          TIMESTAMP '2024-03-10 02:30:05.123' AS "v4",
                          TIMESTAMP '9999-12-31 23:59:59.999999' AS "v5",
                          TIMESTAMP '2024-11-03 08:30:00.5 UTC' AS "v6"
                        """);
    }

    @Test
    void booleansAndNull() {
        Select select = selectAll(Literal.of(true), Literal.of(false), Literal.nullValue());
        String expected = """
                SELECT
                  TRUE AS "v1",
                  FALSE AS "v2",
                  NULL AS "v3"
                """;
        assertSql(select).duckdb(expected, List.of(Arrays.asList(true, false, null))).trinoAndAthena(expected);
    }

    /** Identifiers are always quoted, so reserved words, case, spaces, dots and quotes all survive. */
    @Test
    void identifiersAreAlwaysQuoted() {
        Select renamed = Select.builder()
                .select(Sql.column("s", "v1"), "select")
                .select(Sql.column("s", "v2"), "a\"b")
                .select(Sql.column("s", "v3"), "ünï")
                .from(new SubqueryRelation(selectAll(Literal.of(1), Literal.of(2), Literal.of(3)), "s"))
                .build();
        Select select = Select.builder()
                .select(Sql.column("t", "select"), "Mixed Case")
                .select(Sql.column("t", "a\"b"), "cloudtrail_logs.event_name")
                .select(Sql.column("t", "ünï"), "a\"\"b")
                .from(new SubqueryRelation(renamed, "t"))
                .build();
        String expected = """
                SELECT
                  "t"."select" AS "Mixed Case",
                  "t"."a""b" AS "cloudtrail_logs.event_name",
                  "t"."ünï" AS "a\"\"\"\"b"
                FROM (
                  SELECT
                    "s"."v1" AS "select",
                    "s"."v2" AS "a""b",
                    "s"."v3" AS "ünï"
                  FROM (
                    SELECT
                      1 AS "v1",
                      2 AS "v2",
                      3 AS "v3"
                  ) AS "s"
                ) AS "t"
                """;
        assertSql(select).duckdb(expected, List.of(List.of(1, 2, 3))).trinoAndAthena(expected);
        RenderedSql rendered = new SqlRenderer(DuckDbDialect.INSTANCE).render(select);
        assertThat(TestingDuckDb.shared().labels(rendered))
                .containsExactly("Mixed Case", "cloudtrail_logs.event_name", "a\"\"b");
    }
}
