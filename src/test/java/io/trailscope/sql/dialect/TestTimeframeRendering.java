package io.trailscope.sql.dialect;

import static io.trailscope.sql.dialect.GoldenSql.assertSql;

import io.trailscope.sql.Cast;
import io.trailscope.sql.ConvertTimeZone;
import io.trailscope.sql.DateAdd;
import io.trailscope.sql.DateDiff;
import io.trailscope.sql.DatePart;
import io.trailscope.sql.Expression;
import io.trailscope.sql.ExtractPart;
import io.trailscope.sql.Literal;
import io.trailscope.sql.OrderItem;
import io.trailscope.sql.Select;
import io.trailscope.sql.SelectBuilder;
import io.trailscope.sql.SortDirection;
import io.trailscope.sql.Sql;
import io.trailscope.sql.SqlType;
import io.trailscope.sql.TableRef;
import io.trailscope.sql.TimeUnit;
import io.trailscope.sql.TruncateTime;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Looker timeframes (lookml.md §2.4) per dialect; TestTimeframeResults checks the values they compute. */
final class TestTimeframeRendering {
    private static final Expression TIME = Sql.column("event_time");

    private static Select fromEvents(SelectBuilder builder) {
        return builder.from(TableRef.of("aws", "cloudtrail_logs"))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC), OrderItem.ordinal(2, SortDirection.ASC))
                .build();
    }

    /**
     * Into UTC, DuckDB needs no ICU conversion: the store's sessions are in UTC, so the wall clock is a cast, which is
     * nothing on a TIMESTAMP column (a date filter then compares the bare column, and zone maps prune).
     * {@link TestTimeframeResults} checks the values against java.time in UTC as in other zones.
     */
    @Test
    void intoUtcDuckDbOnlyCasts() {
        Select select = fromEvents(Select.builder()
                .select(ConvertTimeZone.fromInstant(Cast.of(TIME, SqlType.TIMESTAMP_WITH_TIME_ZONE), "UTC"), "from_instant")
                .select(ConvertTimeZone.fromLocal(TIME, "UTC", "Etc/UTC"), "from_utc"));
        assertSql(select).duckdb("""
                SELECT
                  CAST("event_time" AS TIMESTAMP) AS "from_instant",
                  CAST("event_time" AS TIMESTAMP) AS "from_utc"
                FROM "aws"."cloudtrail_logs"
                ORDER BY 1 ASC, 2 ASC
                """);
        Select paris = fromEvents(Select.builder()
                .select(ConvertTimeZone.fromInstant(Cast.of(TIME, SqlType.TIMESTAMP_WITH_TIME_ZONE), "Europe/Paris"), "a")
                .select(ConvertTimeZone.fromLocal(TIME, "Asia/Tokyo", "UTC"), "b"));
        assertSql(paris).duckdb("""
                SELECT
                  timezone('Europe/Paris', CAST("event_time" AS TIMESTAMP WITH TIME ZONE)) AS "a",
                  timezone('UTC', timezone('Asia/Tokyo', "event_time")) AS "b"
                FROM "aws"."cloudtrail_logs"
                ORDER BY 1 ASC, 2 ASC
                """);
    }

    /** UTC wall clock and instants both become the wall clock of the query time zone. */
    @Test
    void timeZoneConversion() {
        Select select = fromEvents(Select.builder()
                .select(ConvertTimeZone.fromLocal(TIME, "UTC", "America/Los_Angeles"), "local_from_utc")
                .select(ConvertTimeZone.fromInstant(Sql.column("event_time_tz"), "Asia/Kolkata"), "local_from_instant"));
        assertSql(select)
                .duckdb("""
                        SELECT
                          timezone('America/Los_Angeles', timezone('UTC', "event_time")) AS "local_from_utc",
                          timezone('Asia/Kolkata', "event_time_tz") AS "local_from_instant"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """, List.of(
                                row("2024-03-10 01:59:59", "2024-03-10 15:29:59"),
                                row("2024-03-10 03:30:00", "2024-03-10 16:00:00"),
                                row("2024-11-03 01:30:00", "2024-11-03 14:00:00"),
                                row("2024-11-03 01:30:00", "2024-11-03 15:00:00"),
                                row("2024-12-30 15:45:10", "2024-12-31 05:15:10"),
                                row("2024-12-31 16:00:00", "2025-01-01 05:30:00")))
                .trino("""
                        SELECT
                          CAST(with_timezone("event_time", 'UTC') AT TIME ZONE 'America/Los_Angeles' AS TIMESTAMP(6)) AS "local_from_utc",
                          CAST("event_time_tz" AT TIME ZONE 'Asia/Kolkata' AS TIMESTAMP(6)) AS "local_from_instant"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """)
                .athena("""
                        SELECT
                          date_parse(date_format(with_timezone("event_time", 'UTC') AT TIME ZONE 'America/Los_Angeles', '%Y-%m-%d %H:%i:%s.%f'), '%Y-%m-%d %H:%i:%s.%f') AS "local_from_utc",
                          date_parse(date_format("event_time_tz" AT TIME ZONE 'Asia/Kolkata', '%Y-%m-%d %H:%i:%s.%f'), '%Y-%m-%d %H:%i:%s.%f') AS "local_from_instant"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """);
    }

    @Test
    void truncationToEachUnit() {
        SelectBuilder builder = Select.builder();
        for (TimeUnit unit : TimeUnit.values()) {
            builder.select(TruncateTime.of(TIME, unit), unit.name().toLowerCase(Locale.ROOT));
        }
        String expected = """
                SELECT
                  date_trunc('second', "event_time") AS "second",
                  date_trunc('minute', "event_time") AS "minute",
                  date_trunc('hour', "event_time") AS "hour",
                  date_trunc('day', "event_time") AS "day",
                  date_trunc('week', "event_time") AS "week",
                  date_trunc('month', "event_time") AS "month",
                  date_trunc('quarter', "event_time") AS "quarter",
                  date_trunc('year', "event_time") AS "year"
                FROM "aws"."cloudtrail_logs"
                ORDER BY 1 ASC, 2 ASC
                """;
        assertSql(fromEvents(builder)).duckdb(expected).trinoAndAthena(expected);
    }

    /** minuteN and hourN buckets count from the start of the hour or day; other week starts shift and shift back. */
    @Test
    void bucketsAndWeekStarts() {
        Select select = fromEvents(Select.builder()
                .select(TruncateTime.bucket(TIME, TimeUnit.MINUTE, 15), "minute15")
                .select(TruncateTime.bucket(TIME, TimeUnit.HOUR, 6), "hour6")
                .select(TruncateTime.bucket(TIME, TimeUnit.SECOND, 10), "second10")
                .select(TruncateTime.week(TIME, DayOfWeek.SUNDAY), "week_sunday")
                .select(TruncateTime.week(TIME, DayOfWeek.SATURDAY), "week_saturday"));
        assertSql(select)
                .duckdb("""
                        SELECT
                          date_trunc('hour', "event_time") + to_minutes(minute("event_time") - minute("event_time") % 15) AS "minute15",
                          date_trunc('day', "event_time") + to_hours(hour("event_time") - hour("event_time") % 6) AS "hour6",
                          date_trunc('minute', "event_time") + to_seconds(second("event_time") - second("event_time") % 10) AS "second10",
                          date_trunc('week', "event_time" + to_days(1)) + to_days(-1) AS "week_sunday",
                          date_trunc('week', "event_time" + to_days(2)) + to_days(-2) AS "week_saturday"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """)
                .trinoAndAthena("""
                        SELECT
                          date_add('minute', minute("event_time") - minute("event_time") % 15, date_trunc('hour', "event_time")) AS "minute15",
                          date_add('hour', hour("event_time") - hour("event_time") % 6, date_trunc('day', "event_time")) AS "hour6",
                          date_add('second', second("event_time") - second("event_time") % 10, date_trunc('minute', "event_time")) AS "second10",
                          date_add('day', -1, date_trunc('week', date_add('day', 1, "event_time"))) AS "week_sunday",
                          date_add('day', -2, date_trunc('week', date_add('day', 2, "event_time"))) AS "week_saturday"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """);
    }

    @Test
    void extractedParts() {
        SelectBuilder builder = Select.builder();
        for (DatePart part : DatePart.values()) {
            builder.select(ExtractPart.of(TIME, part), part.name().toLowerCase(Locale.ROOT));
        }
        builder.select(new ExtractPart(TIME, DatePart.DAY_OF_WEEK_INDEX, DayOfWeek.SUNDAY), "day_of_week_index_sunday");
        assertSql(fromEvents(builder))
                .duckdb("""
                        SELECT
                          second("event_time") AS "second_of_minute",
                          minute("event_time") AS "minute_of_hour",
                          hour("event_time") AS "hour_of_day",
                          isodow("event_time") AS "iso_day_of_week",
                          (isodow("event_time") + 6) % 7 AS "day_of_week_index",
                          dayname("event_time") AS "day_of_week_name",
                          day("event_time") AS "day_of_month",
                          dayofyear("event_time") AS "day_of_year",
                          week("event_time") AS "iso_week_of_year",
                          month("event_time") AS "month_number",
                          monthname("event_time") AS "month_name",
                          quarter("event_time") AS "quarter_of_year",
                          year("event_time") AS "year",
                          isodow("event_time") % 7 AS "day_of_week_index_sunday"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """)
                .trinoAndAthena("""
                        SELECT
                          second("event_time") AS "second_of_minute",
                          minute("event_time") AS "minute_of_hour",
                          hour("event_time") AS "hour_of_day",
                          day_of_week("event_time") AS "iso_day_of_week",
                          (day_of_week("event_time") + 6) % 7 AS "day_of_week_index",
                          date_format("event_time", '%W') AS "day_of_week_name",
                          day("event_time") AS "day_of_month",
                          day_of_year("event_time") AS "day_of_year",
                          week_of_year("event_time") AS "iso_week_of_year",
                          month("event_time") AS "month_number",
                          date_format("event_time", '%M') AS "month_name",
                          quarter("event_time") AS "quarter_of_year",
                          year("event_time") AS "year",
                          day_of_week("event_time") % 7 AS "day_of_week_index_sunday"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """);
    }

    /** Date arithmetic, and durations that count complete units only. */
    @Test
    void dateArithmetic() {
        SelectBuilder builder = Select.builder();
        for (TimeUnit unit : TimeUnit.values()) {
            builder.select(DateAdd.of(TIME, unit, -2), "minus_2_" + unit.name().toLowerCase(Locale.ROOT));
        }
        Expression newYear = Literal.of(LocalDateTime.of(2025, 1, 1, 0, 0));
        builder.select(new DateDiff(TimeUnit.DAY, TIME, newYear), "days_until_2025");
        builder.select(new DateDiff(TimeUnit.QUARTER, Literal.of(LocalDateTime.of(2024, 1, 1, 0, 0)), TIME), "quarters");
        assertSql(fromEvents(builder))
                .duckdb("""
                        SELECT
                          "event_time" + to_seconds(-2) AS "minus_2_second",
                          "event_time" + to_minutes(-2) AS "minus_2_minute",
                          "event_time" + to_hours(-2) AS "minus_2_hour",
                          "event_time" + to_days(-2) AS "minus_2_day",
                          "event_time" + to_weeks(-2) AS "minus_2_week",
                          "event_time" + to_months(-2) AS "minus_2_month",
                          "event_time" + to_months(3 * -2) AS "minus_2_quarter",
                          "event_time" + to_years(-2) AS "minus_2_year",
                          date_sub('day', "event_time", TIMESTAMP '2025-01-01 00:00:00') AS "days_until_2025",
                          date_sub('quarter', TIMESTAMP '2024-01-01 00:00:00', "event_time") AS "quarters"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """)
                .trinoAndAthena("""
                        SELECT
                          date_add('second', -2, "event_time") AS "minus_2_second",
                          date_add('minute', -2, "event_time") AS "minus_2_minute",
                          date_add('hour', -2, "event_time") AS "minus_2_hour",
                          date_add('day', -2, "event_time") AS "minus_2_day",
                          date_add('week', -2, "event_time") AS "minus_2_week",
                          date_add('month', -2, "event_time") AS "minus_2_month",
                          date_add('quarter', -2, "event_time") AS "minus_2_quarter",
                          date_add('year', -2, "event_time") AS "minus_2_year",
                          date_diff('day', "event_time", TIMESTAMP '2025-01-01 00:00:00') AS "days_until_2025",
                          date_diff('quarter', TIMESTAMP '2024-01-01 00:00:00', "event_time") AS "quarters"
                        FROM "aws"."cloudtrail_logs"
                        ORDER BY 1 ASC, 2 ASC
                        """);
    }

    private static List<Object> row(String first, String second) {
        return List.of(LocalDateTime.parse(first.replace(' ', 'T')), LocalDateTime.parse(second.replace(' ', 'T')));
    }
}
