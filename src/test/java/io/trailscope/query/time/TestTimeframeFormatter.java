package io.trailscope.query.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

final class TestTimeframeFormatter {
    /** The timestamp lookml.md §2.4 checked in DuckDB: Friday 2018-05-18 18:37:42.123456. */
    private static final LocalDateTime TIME = LocalDateTime.of(2018, 5, 18, 18, 37, 42, 123_456_000);
    private static final TimeframeFormatter FORMATTER = TimeframeFormatter.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            raw               | 2018-05-18 18:37:42
            time              | 2018-05-18 18:37:42
            second            | 2018-05-18 18:37:42
            millisecond       | 2018-05-18 18:37:42.123
            millisecond250    | 2018-05-18 18:37:42.000
            microsecond       | 2018-05-18 18:37:42.123456
            minute            | 2018-05-18 18:37
            minute15          | 2018-05-18 18:30
            minute30          | 2018-05-18 18:30
            minute4           | 2018-05-18 18:36
            hour              | 2018-05-18 18
            hour4             | 2018-05-18 16
            hour12            | 2018-05-18 12
            time_of_day       | 18:37
            date              | 2018-05-18
            week              | 2018-05-14
            month             | 2018-05
            quarter           | 2018-Q2
            year              | 2018
            fiscal_year       | 2018
            fiscal_quarter    | 2018-Q2
            hour_of_day       | 18
            day_of_week       | Friday
            day_of_week_index | 4
            day_of_month      | 18
            day_of_year       | 138
            week_of_year      | 20
            month_num         | 5
            month_name        | May
            quarter_of_year   | 2
            fiscal_month_num  | 5
            fiscal_quarter_of_year | 2
            yesno             | Yes
            """)
    void formatsATimestampAsLookerShowsIt(String name, String expected) {
        Timeframe timeframe = Timeframe.fromName(name).orElseThrow();
        assertThat(FORMATTER.format(timeframe, TIME)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            week                   | 2018-05-13
            day_of_week_index      | 5
            fiscal_year            | 2018
            fiscal_quarter         | 2018-Q1
            fiscal_month_num       | 2
            fiscal_quarter_of_year | 1
            """)
    void honoursWeekStartAndFiscalOffset(String name, String expected) {
        TimeframeFormatter formatter = new TimeframeFormatter(DayOfWeek.SUNDAY, 3);
        assertThat(formatter.format(Timeframe.fromName(name).orElseThrow(), TIME)).isEqualTo(expected);
    }

    @Test
    void acceptsOtherValueTypes() {
        assertThat(FORMATTER.format(Timeframe.DATE, LocalDate.of(2018, 5, 18))).isEqualTo("2018-05-18");
        assertThat(FORMATTER.format(Timeframe.MONTH, LocalDate.of(2018, 5, 1))).isEqualTo("2018-05");
        assertThat(FORMATTER.format(Timeframe.HOUR,
                OffsetDateTime.of(TIME, ZoneOffset.ofHours(-7)))).isEqualTo("2018-05-18 18");
        assertThat(FORMATTER.format(Timeframe.TIME, Instant.parse("2018-05-18T18:37:42Z")))
                .isEqualTo("2018-05-18 18:37:42");
        assertThat(FORMATTER.format(Timeframe.TIME_OF_DAY, LocalTime.of(7, 5))).isEqualTo("07:05");
        assertThat(FORMATTER.format(Timeframe.HOUR_OF_DAY, 18L)).isEqualTo("18");
        assertThat(FORMATTER.format(Timeframe.YEAR, 2018)).isEqualTo("2018");
        assertThat(FORMATTER.format(Timeframe.DAY_OF_YEAR, new BigDecimal("138.0"))).isEqualTo("138");
        assertThat(FORMATTER.format(Timeframe.MONTH_NAME, 1)).isEqualTo("January");
        assertThat(FORMATTER.format(Timeframe.YESNO, false)).isEqualTo("No");
        assertThat(FORMATTER.format(Timeframe.DAY_OF_WEEK, "Friday")).isEqualTo("Friday");
        assertThat(FORMATTER.format(Timeframe.TIME, "2018-05-18 18:37:42")).isEqualTo("2018-05-18 18:37:42");
    }

    @Test
    void refusesValuesItCannotShow() {
        TrailException error = Assertions.catchThrowableOfType(TrailException.class,
                () -> FORMATTER.format(Timeframe.DATE, 5));
        assertThat(error.errorCode()).isEqualTo(ErrorCode.INTERNAL_ERROR);
        assertThat(error.getMessage()).isEqualTo("cannot show a Integer as timeframe date");
        TrailException other = Assertions.catchThrowableOfType(TrailException.class,
                () -> FORMATTER.format(Timeframe.WEEK, new Object()));
        assertThat(other.getMessage()).isEqualTo("cannot show a Object as timeframe week");
    }
}
