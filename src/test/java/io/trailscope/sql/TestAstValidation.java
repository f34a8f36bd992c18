package io.trailscope.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Records reject what no dialect could render, at construction, with a stable code and a printable message. */
final class TestAstValidation {
    private static void assertError(ThrowingCallable call, ErrorCode code, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(TrailException.class, e -> assertThat(e.errorCode()).isEqualTo(code))
                .hasMessage(message);
    }

    @Test
    void identifiers() {
        assertError(() -> ColumnRef.of(""), ErrorCode.SQL_INVALID_IDENTIFIER, "column name is empty");
        assertError(() -> ColumnRef.of("t", "a\0b"), ErrorCode.SQL_INVALID_IDENTIFIER,
                "column name contains a NUL character: 'a\\u0000b'");
        assertError(() -> TableRef.of("\uD800"), ErrorCode.SQL_INVALID_IDENTIFIER,
                "table name is not valid UTF-16: '\\ud800'");
        assertError(() -> SelectItem.of(Literal.of(1), "x".repeat(100) + "\0"), ErrorCode.SQL_INVALID_IDENTIFIER,
                "column alias contains a NUL character: '" + "x".repeat(40) + "'...");
        assertError(() -> FunctionCall.of("count(*); DROP TABLE x; --"), ErrorCode.SQL_INVALID_IDENTIFIER,
                "invalid function name: 'count(*); DROP TABLE x; --'");
        assertError(() -> FunctionCall.of("a.b.c"), ErrorCode.SQL_INVALID_IDENTIFIER, "invalid function name: 'a.b.c'");
        assertThat(FunctionCall.of("pg_catalog.lower", Literal.of("A")).name()).isEqualTo("pg_catalog.lower");
    }

    @Test
    void values() {
        assertError(() -> Literal.of("ok \uDC00 broken"), ErrorCode.SQL_INVALID_VALUE,
                "string literal is not valid UTF-16: 'ok \\udc00 broken'");
        assertError(() -> Literal.of(new BigDecimal("1" + "0".repeat(38))), ErrorCode.SQL_INVALID_VALUE,
                "number literal has more than 38 digits: '1" + "0".repeat(38) + "'");
        assertError(() -> Literal.of(new BigDecimal("0." + "1".repeat(39))), ErrorCode.SQL_INVALID_VALUE,
                "number literal has more than 38 digits: '0." + "1".repeat(38) + "'...");
        assertError(() -> NumberLiteral.ofDouble(Double.NaN), ErrorCode.SQL_INVALID_VALUE,
                "number literal is not finite: NaN");
        assertError(() -> Literal.of(LocalDate.of(10000, 1, 1)), ErrorCode.SQL_INVALID_VALUE,
                "date literal year 10000 is outside 1 to 9999");
        assertError(() -> Literal.of(LocalDateTime.of(0, 1, 1, 0, 0)), ErrorCode.SQL_INVALID_VALUE,
                "timestamp literal year 0 is outside 1 to 9999");
        assertError(() -> Literal.of(LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1)), ErrorCode.SQL_INVALID_VALUE,
                "timestamp literal is more precise than a microsecond");
        assertError(() -> Literal.of(Instant.MAX), ErrorCode.SQL_INVALID_VALUE,
                "timestamp with time zone literal +1000000000-12-31T23:59:59.999999999Z is outside years 1 to 9999 in UTC");
        assertError(() -> Literal.of(Instant.parse("0000-12-31T23:59:59Z")), ErrorCode.SQL_INVALID_VALUE,
                "timestamp with time zone literal 0000-12-31T23:59:59Z is outside years 1 to 9999 in UTC");
        assertThat(Literal.of(Instant.parse("9999-12-31T23:59:59.999999Z")).value().getNano()).isEqualTo(999_999_000);
        assertError(() -> ConvertTimeZone.fromInstant(Sql.column("t"), "Mars/Olympus'); DROP"),
                ErrorCode.SQL_INVALID_VALUE, "unknown time zone: 'Mars/Olympus'); DROP'");
        assertError(() -> ConvertTimeZone.fromLocal(Sql.column("t"), "SystemV/PST8", "UTC"),
                ErrorCode.SQL_INVALID_VALUE, "unknown time zone: 'SystemV/PST8'");
        assertThat(ConvertTimeZone.fromLocal(Sql.column("t"), "UTC", "Asia/Kathmandu").toZone())
                .isEqualTo("Asia/Kathmandu");
    }

    @Test
    void structure() {
        assertError(() -> new InList(Sql.column("a"), List.of(), false), ErrorCode.SQL_INVALID_AST, "IN list is empty");
        assertError(() -> new Join(JoinType.CROSS, TableRef.of("t"), Optional.of(Literal.of(true))),
                ErrorCode.SQL_INVALID_AST, "CROSS JOIN takes no ON");
        assertError(() -> new Join(JoinType.LEFT, TableRef.of("t"), Optional.empty()),
                ErrorCode.SQL_INVALID_AST, "LEFT JOIN needs ON");
        assertError(() -> Select.builder().build(), ErrorCode.SQL_INVALID_AST, "SELECT needs at least one item");
        assertError(() -> Select.builder().select(Literal.of(1)).orderBy(OrderItem.ordinal(2, SortDirection.ASC))
                .build(), ErrorCode.SQL_INVALID_AST, "ORDER BY 2 but only 1 items");
        assertError(() -> Select.builder().select(Literal.of(1), "a").orderBy(OrderItem.alias("b", SortDirection.ASC))
                .build(), ErrorCode.SQL_INVALID_AST, "ORDER BY unknown alias 'b'");
        assertError(() -> Select.builder().select(Literal.of(1)).limit(-1).build(), ErrorCode.SQL_INVALID_AST,
                "LIMIT and OFFSET must not be negative");
        assertError(() -> Select.builder().with("t", new RawQuery("SELECT 1")).with("T", new RawQuery("SELECT 2"))
                .select(Literal.of(1)).build(), ErrorCode.SQL_INVALID_AST, "duplicate CTE name: 'T'");
        assertError(() -> new RawQuery(" ; "), ErrorCode.SQL_INVALID_AST, "raw query is blank");
        assertError(() -> RawSql.of("\n"), ErrorCode.SQL_INVALID_AST, "raw SQL is blank");
        assertError(() -> RawSql.template("{} + {}", Literal.of(1)), ErrorCode.SQL_INVALID_AST,
                "template has more placeholders than arguments: {} + {}");
        assertError(() -> RawSql.template("{}", Literal.of(1), Literal.of(2)), ErrorCode.SQL_INVALID_AST,
                "template has fewer placeholders than arguments: {}");
        assertError(() -> TruncateTime.bucket(Sql.column("t"), TimeUnit.MINUTE, 7), ErrorCode.SQL_INVALID_AST,
                "cannot bucket MINUTE by 7");
        assertError(() -> TruncateTime.bucket(Sql.column("t"), TimeUnit.DAY, 2), ErrorCode.SQL_INVALID_AST,
                "cannot bucket DAY by 2");
        assertError(() -> new Percentile(Sql.column("t"), 1.5), ErrorCode.SQL_INVALID_AST,
                "percentile fraction must be within 0 and 1: 1.5");
        assertError(() -> new Aggregate(AggregateFunction.SUM, false, Optional.empty(), Optional.empty()),
                ErrorCode.SQL_INVALID_AST, "SUM(*) is not an aggregate");
        assertError(() -> new Parameter(5, SqlType.BIGINT), ErrorCode.SQL_INVALID_AST,
                "parameter of type BIGINT needs a Long, got Integer");
        assertError(() -> new Like(Sql.column("a"), Literal.of("x"), Optional.of('%'), false, false),
                ErrorCode.SQL_INVALID_AST, "invalid LIKE escape character: '%'");
        assertError(() -> new Like(Sql.column("a"), Literal.of("x"), Optional.of('E'), true, false),
                ErrorCode.SQL_INVALID_AST, "invalid LIKE escape character: 'E'");
        assertError(() -> new JsonExtractScalar(Sql.column("j"), "a.b"), ErrorCode.SQL_INVALID_AST,
                "JSON path must start with $: 'a.b'");
        assertError(() -> SqlType.decimal(39, 0), ErrorCode.SQL_INVALID_AST, "invalid DECIMAL(39, 0)");
    }

    /** Values that mean the same thing compare equal, so GROUP BY can find them among the select items. */
    @Test
    void normalization() {
        assertThat(new TruncateTime(Sql.column("t"), TimeUnit.DAY, 1, DayOfWeek.SUNDAY))
                .isEqualTo(TruncateTime.of(Sql.column("t"), TimeUnit.DAY));
        assertThat(new ExtractPart(Sql.column("t"), DatePart.YEAR, DayOfWeek.FRIDAY))
                .isEqualTo(ExtractPart.of(Sql.column("t"), DatePart.YEAR));
        assertThat(new RawQuery("  SELECT 1;\n").sql()).isEqualTo("SELECT 1");
        assertThat(RawSql.template("a{}b", Literal.of(1)).parts()).containsExactly(new RawSql.Text("a"),
                new RawSql.Embedded(Literal.of(1)), new RawSql.Text("b"));
    }
}
