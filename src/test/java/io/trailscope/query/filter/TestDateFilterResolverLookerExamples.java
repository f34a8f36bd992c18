package io.trailscope.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of Looker's filter-expression docs: now = Friday 2018-05-18 18:30:02, weeks start on
 * Monday. Each row: expression, start (inclusive), end (exclusive); an empty bound is unbounded.
 */
final class TestDateFilterResolverLookerExamples {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2018, 5, 18, 18, 30, 2, 0, ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            1 second                     | 2018-05-18T18:30:02 | 2018-05-18T18:30:03
            60 seconds                   | 2018-05-18T18:29:03 | 2018-05-18T18:30:03
            60 seconds ago for 1 second  | 2018-05-18T18:29:02 | 2018-05-18T18:29:03
            1 minute                     | 2018-05-18T18:30    | 2018-05-18T18:31
            60 minutes                   | 2018-05-18T17:31    | 2018-05-18T18:31
            60 minutes ago for 1 minute  | 2018-05-18T17:30    | 2018-05-18T17:31
            1 hour                       | 2018-05-18T18:00    | 2018-05-18T19:00
            24 hours                     | 2018-05-17T19:00    | 2018-05-18T19:00
            24 hours ago for 1 hour      | 2018-05-17T18:00    | 2018-05-17T19:00
            48 hours                     | 2018-05-16T19:00    | 2018-05-18T19:00
            today                        | 2018-05-18T00:00    | 2018-05-19T00:00
            yesterday                    | 2018-05-17T00:00    | 2018-05-18T00:00
            tomorrow                     | 2018-05-19T00:00    | 2018-05-20T00:00
            2 days                       | 2018-05-17T00:00    | 2018-05-19T00:00
            1 day ago                    | 2018-05-17T00:00    | 2018-05-18T00:00
            7 days ago for 7 days        | 2018-05-11T00:00    | 2018-05-18T00:00
            today for 7 days             | 2018-05-18T00:00    | 2018-05-25T00:00
            last 3 days                  | 2018-05-16T00:00    | 2018-05-19T00:00
            7 days                       | 2018-05-12T00:00    | 2018-05-19T00:00
            7 days from now              | 2018-05-25T00:00    | 2018-05-26T00:00
            3 days from now for 2 weeks  | 2018-05-21T00:00    | 2018-06-04T00:00
            1 week                       | 2018-05-14T00:00    | 2018-05-21T00:00
            this week                    | 2018-05-14T00:00    | 2018-05-21T00:00
            before this week             |                     | 2018-05-14T00:00
            after this week              | 2018-05-14T00:00    |
            next week                    | 2018-05-21T00:00    | 2018-05-28T00:00
            2 weeks                      | 2018-05-07T00:00    | 2018-05-21T00:00
            last week                    | 2018-05-07T00:00    | 2018-05-14T00:00
            1 week ago                   | 2018-05-07T00:00    | 2018-05-14T00:00
            1 month                      | 2018-05-01T00:00    | 2018-06-01T00:00
            this month                   | 2018-05-01T00:00    | 2018-06-01T00:00
            0 months ago                 | 2018-05-01T00:00    | 2018-06-01T00:00
            2 months                     | 2018-04-01T00:00    | 2018-06-01T00:00
            last month                   | 2018-04-01T00:00    | 2018-05-01T00:00
            2 months ago                 | 2018-03-01T00:00    | 2018-04-01T00:00
            before 2 months ago          |                     | 2018-03-01T00:00
            next month                   | 2018-06-01T00:00    | 2018-07-01T00:00
            2 months from now            | 2018-07-01T00:00    | 2018-08-01T00:00
            6 months from now for 3 months | 2018-11-01T00:00  | 2019-02-01T00:00
            3 months ago for 2 days      | 2018-02-01T00:00    | 2018-02-03T00:00
            this quarter                 | 2018-04-01T00:00    | 2018-07-01T00:00
            last quarter                 | 2018-01-01T00:00    | 2018-04-01T00:00
            2 quarters                   | 2018-01-01T00:00    | 2018-07-01T00:00
            1 year                       | 2018-01-01T00:00    | 2019-01-01T00:00
            1 years                      | 2018-01-01T00:00    | 2019-01-01T00:00
            this year                    | 2018-01-01T00:00    | 2019-01-01T00:00
            next year                    | 2019-01-01T00:00    | 2020-01-01T00:00
            2 years                      | 2017-01-01T00:00    | 2019-01-01T00:00
            last year                    | 2017-01-01T00:00    | 2018-01-01T00:00
            2 years ago                  | 2016-01-01T00:00    | 2017-01-01T00:00
            before 2 years ago           |                     | 2016-01-01T00:00
            this year to second          | 2018-01-01T00:00    | 2018-05-18T18:30:02
            this week to day             | 2018-05-14T00:00    | 2018-05-18T00:00
            monday                       | 2018-05-14T00:00    | 2018-05-15T00:00
            friday                       | 2018-05-18T00:00    | 2018-05-19T00:00
            saturday                     | 2018-05-12T00:00    | 2018-05-13T00:00
            after monday                 | 2018-05-14T00:00    |
            before monday                |                     | 2018-05-14T00:00
            2018/05/29                   | 2018-05-29T00:00    | 2018-05-30T00:00
            2018/05/10 for 3 days        | 2018-05-10T00:00    | 2018-05-13T00:00
            after 2018/05/10             | 2018-05-10T00:00    |
            on or after 2018/05/10       | 2018-05-10T00:00    |
            before 2018/05/10            |                     | 2018-05-10T00:00
            before 2018-01-01 12:00:00   |                     | 2018-01-01T12:00
            2018/05                      | 2018-05-01T00:00    | 2018-06-01T00:00
            2018/05 for 2 months         | 2018-05-01T00:00    | 2018-07-01T00:00
            2018/05/10 05:00 for 5 hours | 2018-05-10T05:00    | 2018-05-10T10:00
            2018/05/10 for 5 months      | 2018-05-10T00:00    | 2018-10-10T00:00
            2018                         | 2018-01-01T00:00    | 2019-01-01T00:00
            2018-Q2                      | 2018-04-01T00:00    | 2018-07-01T00:00
            2018-05-18 12:00:00 to 2018-05-18 14:00:00 | 2018-05-18T12:00 | 2018-05-18T14:00
            2018-01-01 12:00:00 for 3 days | 2018-01-01T12:00  | 2018-01-04T12:00
            2018-05 to 2018-07           | 2018-05-01T00:00    | 2018-07-01T00:00
            FY2018                       | 2018-01-01T00:00    | 2019-01-01T00:00
            this fiscal quarter          | 2018-04-01T00:00    | 2018-07-01T00:00
            NOT NULL                     |                     |
            """)
    void matchesTheDocs(String expression, LocalDateTime start, LocalDateTime end) {
        ResolvedDateFilter resolved = resolve(expression, DateFilterResolver.withDefaults());
        assertThat(resolved.includesNull()).isFalse();
        assertThat(resolved.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(resolved.intervals()).containsExactly(new DateInterval(
                java.util.Optional.ofNullable(start), java.util.Optional.ofNullable(end)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FY2018                | 2018-04-01T00:00 | 2019-04-01T00:00
            FY2018-Q1             | 2018-04-01T00:00 | 2018-07-01T00:00
            FY2018-Q4             | 2019-01-01T00:00 | 2019-04-01T00:00
            this fiscal year      | 2018-04-01T00:00 | 2019-04-01T00:00
            this fiscal quarter   | 2018-04-01T00:00 | 2018-07-01T00:00
            last fiscal year      | 2017-04-01T00:00 | 2018-04-01T00:00
            2 fiscal quarters     | 2018-01-01T00:00 | 2018-07-01T00:00
            """)
    void fiscalYearStartingInApril(String expression, LocalDateTime start, LocalDateTime end) {
        ResolvedDateFilter resolved = resolve(expression, new DateFilterResolver(DayOfWeek.MONDAY, 3));
        assertThat(resolved.intervals()).containsExactly(DateInterval.between(start, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            FY2018           | 2017-10-01T00:00 | 2018-10-01T00:00
            this fiscal year | 2017-10-01T00:00 | 2018-10-01T00:00
            this fiscal quarter | 2018-04-01T00:00 | 2018-07-01T00:00
            """)
    void fiscalYearStartingTheOctoberBefore(String expression, LocalDateTime start, LocalDateTime end) {
        ResolvedDateFilter resolved = resolve(expression, new DateFilterResolver(DayOfWeek.MONDAY, -3));
        assertThat(resolved.intervals()).containsExactly(DateInterval.between(start, end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            this week   | 2018-05-13T00:00 | 2018-05-20T00:00
            2 weeks     | 2018-05-06T00:00 | 2018-05-20T00:00
            last week   | 2018-05-06T00:00 | 2018-05-13T00:00
            monday      | 2018-05-14T00:00 | 2018-05-15T00:00
            """)
    void weeksStartingOnSunday(String expression, LocalDateTime start, LocalDateTime end) {
        ResolvedDateFilter resolved = resolve(expression, new DateFilterResolver(DayOfWeek.SUNDAY, 0));
        assertThat(resolved.intervals()).containsExactly(DateInterval.between(start, end));
    }

    private static ResolvedDateFilter resolve(String expression, DateFilterResolver resolver) {
        return resolver.resolve(DateFilterParser.parse(expression).orElseThrow(), NOW);
    }
}
