package io.trailscope.sql.dialect;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.trailscope.sql.SqlType;
import io.trailscope.sql.Sql;
import io.trailscope.sql.TableRef;
import io.trailscope.sql.TimeUnit;
import io.trailscope.sql.TruncateTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every timeframe computed by DuckDB from UTC data in a query time zone must equal java.time's answer, across
 * DST changes (both directions, half-hour and 45-minute zones), ISO week 53 and year ends.
 */
final class TestTimeframeResults {
    private static final List<Instant> INSTANTS = Stream.of(
            "2024-03-10T09:59:59Z", "2024-03-10T10:00:00Z", "2024-03-10T10:30:00Z", "2024-11-03T08:30:00Z",
            "2024-11-03T09:30:00Z", "2024-11-03T10:00:00Z", "2024-12-30T23:45:10Z", "2024-12-31T07:59:59Z",
            "2025-01-01T00:00:00Z", "2024-02-29T12:00:00Z", "2021-01-03T12:00:00Z", "2024-06-15T12:34:56.789123Z",
            "2024-10-05T15:45:00Z", "2024-04-06T14:59:59Z", "1999-12-31T23:59:59Z").map(Instant::parse).toList();
    private static final List<String> ZONES = List.of("America/Los_Angeles", "Asia/Kolkata", "Australia/Lord_Howe",
            "Pacific/Chatham", "UTC");
    private static final String SOURCE_ZONE = "Asia/Tokyo";

    private static final List<Timeframe> TIMEFRAMES = List.of(
            truncation(TimeUnit.SECOND, t -> t.truncatedTo(ChronoUnit.SECONDS)),
            truncation(TimeUnit.MINUTE, t -> t.truncatedTo(ChronoUnit.MINUTES)),
            truncation(TimeUnit.HOUR, t -> t.truncatedTo(ChronoUnit.HOURS)),
            truncation(TimeUnit.DAY, t -> t.truncatedTo(ChronoUnit.DAYS)),
            truncation(TimeUnit.WEEK, t -> weekStart(t, DayOfWeek.MONDAY)),
            truncation(TimeUnit.MONTH, t -> t.toLocalDate().withDayOfMonth(1).atStartOfDay()),
            truncation(TimeUnit.QUARTER, t -> t.toLocalDate().withDayOfMonth(1)
                    .withMonth((t.getMonthValue() - 1) / 3 * 3 + 1).atStartOfDay()),
            truncation(TimeUnit.YEAR, t -> t.toLocalDate().withDayOfYear(1).atStartOfDay()),
            new Timeframe("minute15", x -> TruncateTime.bucket(x, TimeUnit.MINUTE, 15),
                    t -> t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() - t.getMinute() % 15)),
            new Timeframe("hour6", x -> TruncateTime.bucket(x, TimeUnit.HOUR, 6),
                    t -> t.truncatedTo(ChronoUnit.DAYS).plusHours(t.getHour() - t.getHour() % 6)),
            new Timeframe("second10", x -> TruncateTime.bucket(x, TimeUnit.SECOND, 10),
                    t -> t.truncatedTo(ChronoUnit.MINUTES).plusSeconds(t.getSecond() - t.getSecond() % 10)),
            new Timeframe("week_sunday", x -> TruncateTime.week(x, DayOfWeek.SUNDAY),
                    t -> weekStart(t, DayOfWeek.SUNDAY)),
            new Timeframe("week_saturday", x -> TruncateTime.week(x, DayOfWeek.SATURDAY),
                    t -> weekStart(t, DayOfWeek.SATURDAY)),
            part(DatePart.SECOND_OF_MINUTE, t -> (long) t.getSecond()),
            part(DatePart.MINUTE_OF_HOUR, t -> (long) t.getMinute()),
            part(DatePart.HOUR_OF_DAY, t -> (long) t.getHour()),
            part(DatePart.ISO_DAY_OF_WEEK, t -> (long) t.getDayOfWeek().getValue()),
            part(DatePart.DAY_OF_WEEK_INDEX, t -> (long) t.getDayOfWeek().getValue() - 1),
            new Timeframe("day_of_week_index_sunday",
                    x -> new ExtractPart(x, DatePart.DAY_OF_WEEK_INDEX, DayOfWeek.SUNDAY),
                    t -> (long) t.getDayOfWeek().getValue() % 7),
            part(DatePart.DAY_OF_WEEK_NAME, t -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            part(DatePart.DAY_OF_MONTH, t -> (long) t.getDayOfMonth()),
            part(DatePart.DAY_OF_YEAR, t -> (long) t.getDayOfYear()),
            part(DatePart.ISO_WEEK_OF_YEAR, t -> (long) t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
            part(DatePart.MONTH_NUMBER, t -> (long) t.getMonthValue()),
            part(DatePart.MONTH_NAME, t -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)),
            part(DatePart.QUARTER_OF_YEAR, t -> (long) t.get(IsoFields.QUARTER_OF_YEAR)),
            part(DatePart.YEAR, t -> (long) t.getYear()));

    private static List<TestingEngine> engines;

    @BeforeAll
    static void createTables() {
        engines = TestingEngine.open();
        for (TestingEngine engine : engines) {
            Dialect dialect = engine.dialect();
            String timestamp = dialect.typeName(SqlType.TIMESTAMP);
            engine.execute("DROP TABLE IF EXISTS " + table(engine));
            engine.execute("CREATE TABLE " + table(engine) + " (id INTEGER, utc " + timestamp + ", tokyo " + timestamp
                    + ", instant " + dialect.typeName(SqlType.TIMESTAMP_WITH_TIME_ZONE) + ")");
            for (int i = 0; i < INSTANTS.size(); i++) {
                Instant instant = INSTANTS.get(i);
                engine.execute("INSERT INTO " + table(engine) + " VALUES (" + i + ", "
                        + dialect.timestampLiteral(LocalDateTime.ofInstant(instant, ZoneId.of("UTC"))) + ", "
                        + dialect.timestampLiteral(LocalDateTime.ofInstant(instant, ZoneId.of(SOURCE_ZONE))) + ", "
                        + dialect.timestampTzLiteral(instant) + ")");
            }
        }
    }

    @AfterAll
    static void closeEngines() {
        engines.forEach(TestingEngine::close);
    }

    static Stream<Arguments> enginesZonesAndSources() {
        return engines.stream().flatMap(engine -> ZONES.stream().flatMap(zone -> Stream.of(
                Arguments.of(engine, zone, "utc wall clock", ConvertTimeZone.fromLocal(Sql.column("utc"), "UTC", zone)),
                Arguments.of(engine, zone, "tokyo wall clock",
                        ConvertTimeZone.fromLocal(Sql.column("tokyo"), SOURCE_ZONE, zone)),
                Arguments.of(engine, zone, "instant", ConvertTimeZone.fromInstant(Sql.column("instant"), zone)))));
    }

    static Stream<TestingEngine> engines() {
        return engines.stream();
    }

    @ParameterizedTest(name = "{0}: {1} from {2}", autoCloseArguments = false)
    @MethodSource("enginesZonesAndSources")
    void everyTimeframeMatchesJavaTime(TestingEngine engine, String zone, String source, Expression local) {
        SelectBuilder builder = Select.builder().select(Sql.column("id")).select(local, "local");
        for (Timeframe timeframe : TIMEFRAMES) {
            builder.select(timeframe.sql().apply(local), timeframe.name());
        }
        Select select = builder.from(TableRef.of(table(engine)))
                .orderBy(OrderItem.ordinal(1, SortDirection.ASC))
                .build();
        List<List<Object>> rows = engine.query(new SqlRenderer(engine.dialect()).render(select));

        assertThat(rows).hasSize(INSTANTS.size());
        for (List<Object> row : rows) {
            Instant instant = INSTANTS.get((Integer) row.get(0)).truncatedTo(engine.timestampResolution());
            LocalDateTime expectedLocal = LocalDateTime.ofInstant(instant, ZoneId.of(zone));
            assertThat(row.get(1)).as("%s in %s", instant, zone).isEqualTo(expectedLocal);
            for (int i = 0; i < TIMEFRAMES.size(); i++) {
                Timeframe timeframe = TIMEFRAMES.get(i);
                assertThat(row.get(i + 2)).as("%s of %s in %s", timeframe.name(), instant, zone)
                        .isEqualTo(timeframe.java().apply(expectedLocal));
            }
        }
    }

    /** Durations count complete units (Java's ChronoUnit.between); adding months clamps to the month's end. */
    @ParameterizedTest(name = "{0}", autoCloseArguments = false)
    @MethodSource("engines")
    void dateDiffCountsCompleteUnitsAndDateAddClamps(TestingEngine engine) {
        LocalDateTime lateEvening = LocalDateTime.of(2024, 1, 1, 23, 0);
        LocalDateTime nextMorning = LocalDateTime.of(2024, 1, 2, 1, 0);
        LocalDateTime endOfJanuary = LocalDateTime.of(2024, 1, 31, 12, 0);
        LocalDateTime endOfFebruary = LocalDateTime.of(2024, 2, 29, 11, 0);
        Select select = Select.builder()
                .select(new DateDiff(TimeUnit.DAY, Literal.of(lateEvening), Literal.of(nextMorning)))
                .select(new DateDiff(TimeUnit.HOUR, Literal.of(lateEvening), Literal.of(nextMorning)))
                .select(new DateDiff(TimeUnit.MONTH, Literal.of(endOfJanuary), Literal.of(endOfFebruary)))
                .select(new DateDiff(TimeUnit.DAY, Literal.of(nextMorning), Literal.of(lateEvening)))
                .select(new DateDiff(TimeUnit.QUARTER, Literal.of(lateEvening), Literal.of(endOfFebruary.plusMonths(3))))
                .select(DateAdd.of(Literal.of(endOfJanuary), TimeUnit.MONTH, 1))
                .select(DateAdd.of(Literal.of(endOfJanuary), TimeUnit.QUARTER, -1))
                .select(DateAdd.of(Literal.of(endOfFebruary), TimeUnit.YEAR, 1))
                .build();
        List<Object> row = engine.query(new SqlRenderer(engine.dialect()).render(select)).get(0);
        assertThat(row).containsExactly(
                ChronoUnit.DAYS.between(lateEvening, nextMorning),
                ChronoUnit.HOURS.between(lateEvening, nextMorning),
                ChronoUnit.MONTHS.between(endOfJanuary, endOfFebruary),
                ChronoUnit.DAYS.between(nextMorning, lateEvening),
                IsoFields.QUARTER_YEARS.between(lateEvening, endOfFebruary.plusMonths(3)),
                endOfJanuary.plusMonths(1),
                endOfJanuary.minusMonths(3),
                endOfFebruary.plusYears(1));
    }

    /** Two engines can share one Trino catalog; each gets its own table, typed by its own dialect. */
    private static String table(TestingEngine engine) {
        return "instants_" + engines.indexOf(engine);
    }

    private static Timeframe truncation(TimeUnit unit, Function<LocalDateTime, Object> java) {
        return new Timeframe(unit.name().toLowerCase(Locale.ROOT), x -> TruncateTime.of(x, unit), java);
    }

    private static Timeframe part(DatePart part, Function<LocalDateTime, Object> java) {
        return new Timeframe(part.name().toLowerCase(Locale.ROOT), x -> ExtractPart.of(x, part), java);
    }

    private static LocalDateTime weekStart(LocalDateTime time, DayOfWeek start) {
        return time.toLocalDate().with(TemporalAdjusters.previousOrSame(start)).atStartOfDay();
    }

    private record Timeframe(String name, UnaryOperator<Expression> sql, Function<LocalDateTime, Object> java) {}
}
