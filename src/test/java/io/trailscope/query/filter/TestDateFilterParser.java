package io.trailscope.query.filter;

import static io.trailscope.query.filter.FilterAssertions.assertFilterError;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TestDateFilterParser {
    private static List<DateTerm> parse(String expression) {
        return DateFilterParser.parse(expression).orElseThrow().terms();
    }

    private static DateSpan units(DateUnit unit, long from, long to) {
        return new DateSpan(new UnitStart(unit, from), new UnitStart(unit, to));
    }

    private static AbsolutePoint at(String time) {
        return new AbsolutePoint(LocalDateTime.parse(time));
    }

    private static DateSpan absolute(String start, String end) {
        return new DateSpan(at(start), at(end));
    }

    @Test
    void relativeForms() {
        assertThat(parse("7 days")).containsExactly(units(DateUnit.DAY, -6, 1));
        assertThat(parse("last 7 days")).containsExactly(units(DateUnit.DAY, -6, 1));
        assertThat(parse("48 hours")).containsExactly(units(DateUnit.HOUR, -47, 1));
        assertThat(parse("1 years")).containsExactly(units(DateUnit.YEAR, 0, 1));
        assertThat(parse("3 DAYS AGO")).containsExactly(units(DateUnit.DAY, -3, -2));
        assertThat(parse("last week")).containsExactly(units(DateUnit.WEEK, -1, 0));
        assertThat(parse("this quarter")).containsExactly(units(DateUnit.QUARTER, 0, 1));
        assertThat(parse("next fiscal year")).containsExactly(units(DateUnit.FISCAL_YEAR, 1, 2));
        assertThat(parse("2 months from now")).containsExactly(units(DateUnit.MONTH, 2, 3));
        assertThat(parse("this year to second")).containsExactly(
                new DateSpan(new UnitStart(DateUnit.YEAR, 0), new UnitStart(DateUnit.SECOND, 0)));
        assertThat(parse("7 days ago for 7 days")).containsExactly(new DateSpan(new UnitStart(DateUnit.DAY, -7),
                new Shifted(new UnitStart(DateUnit.DAY, -7), 7, DateUnit.DAY)));
        assertThat(parse("6 months from now for 3 months")).containsExactly(new DateSpan(
                new UnitStart(DateUnit.MONTH, 6), new Shifted(new UnitStart(DateUnit.MONTH, 6), 3, DateUnit.MONTH)));
    }

    @Test
    void dayNames() {
        assertThat(parse("today, yesterday, Tomorrow")).containsExactly(
                units(DateUnit.DAY, 0, 1), units(DateUnit.DAY, -1, 0), units(DateUnit.DAY, 1, 2));
        WeekdayStart monday = new WeekdayStart(DayOfWeek.MONDAY);
        assertThat(parse("monday")).containsExactly(new DateSpan(monday, new Shifted(monday, 1, DateUnit.DAY)));
        assertThat(parse("today for 7 days")).containsExactly(new DateSpan(
                new UnitStart(DateUnit.DAY, 0), new Shifted(new UnitStart(DateUnit.DAY, 0), 7, DateUnit.DAY)));
    }

    @Test
    void absoluteForms() {
        assertThat(parse("2018")).containsExactly(absolute("2018-01-01T00:00", "2019-01-01T00:00"));
        assertThat(parse("2018/05")).containsExactly(absolute("2018-05-01T00:00", "2018-06-01T00:00"));
        assertThat(parse("2018-05-18")).containsExactly(absolute("2018-05-18T00:00", "2018-05-19T00:00"));
        assertThat(parse("2018/05/18 12:00")).containsExactly(absolute("2018-05-18T12:00", "2018-05-18T12:01"));
        assertThat(parse("2018-05-18 12:00:30")).containsExactly(absolute("2018-05-18T12:00:30", "2018-05-18T12:00:31"));
        assertThat(parse("2018-Q4")).containsExactly(absolute("2018-10-01T00:00", "2019-01-01T00:00"));
        assertThat(parse("2018-05-18 12:00:00 to 2018-05-18 14:00:00"))
                .containsExactly(absolute("2018-05-18T12:00", "2018-05-18T14:00"));
        assertThat(parse("2018/05/10 for 3 days")).containsExactly(new DateSpan(at("2018-05-10T00:00"),
                new Shifted(at("2018-05-10T00:00"), 3, DateUnit.DAY)));
        FiscalQuarterStart fy = new FiscalQuarterStart(2018, 1);
        assertThat(parse("FY2018")).containsExactly(new DateSpan(fy, new Shifted(fy, 1, DateUnit.FISCAL_YEAR)));
        FiscalQuarterStart q3 = new FiscalQuarterStart(2018, 3);
        assertThat(parse("fy2018-q3")).containsExactly(new DateSpan(q3, new Shifted(q3, 1, DateUnit.FISCAL_QUARTER)));
    }

    @Test
    void beforeAfterAndNulls() {
        assertThat(parse("before 2018-01-01")).containsExactly(new Before(at("2018-01-01T00:00")));
        assertThat(parse("after 2018-10-05 12:00")).containsExactly(new After(at("2018-10-05T12:00")));
        assertThat(parse("on or after 2018-10-05")).containsExactly(new After(at("2018-10-05T00:00")));
        assertThat(parse("before 3 days ago")).containsExactly(new Before(new UnitStart(DateUnit.DAY, -3)));
        assertThat(parse("after 2 weeks from now")).containsExactly(new After(new UnitStart(DateUnit.WEEK, 2)));
        assertThat(parse("before this week")).containsExactly(new Before(new UnitStart(DateUnit.WEEK, 0)));
        assertThat(parse("after last month")).containsExactly(new After(new UnitStart(DateUnit.MONTH, -1)));
        assertThat(parse("before monday")).containsExactly(new Before(new WeekdayStart(DayOfWeek.MONDAY)));
        assertThat(parse("NULL")).containsExactly(new IsNull());
        assertThat(parse("not null")).containsExactly(new IsNotNull());
        assertThat(parse("NULL, today")).containsExactly(new IsNull(), units(DateUnit.DAY, 0, 1));
    }

    @Test
    void errorsNameTheColumn() {
        assertFilterError(() -> DateFilterParser.parse("3 dayz"), 1, "expected a date expression");
        assertFilterError(() -> DateFilterParser.parse("last"), 5, "expected a unit");
        assertFilterError(() -> DateFilterParser.parse("last fortnight"), 6, "found 'fortnight'");
        assertFilterError(() -> DateFilterParser.parse("this fiscal month"), 13, "quarter or year after 'fiscal', found 'month'");
        assertFilterError(() -> DateFilterParser.parse("2016-1"), 1, "expected a date such as");
        assertFilterError(() -> DateFilterParser.parse("2018-02-30"), 1, "valid calendar date");
        assertFilterError(() -> DateFilterParser.parse("2018-05-18 25:00"), 12, "valid time");
        assertFilterError(() -> DateFilterParser.parse("before 3 days"), 14, "expected 'ago' or 'from now', found end of term");
        assertFilterError(() -> DateFilterParser.parse("before 2018 to 2019"), 13, "found 'to'");
        assertFilterError(() -> DateFilterParser.parse("today,"), 7, "found end of term");
        assertFilterError(() -> DateFilterParser.parse("yesterday tomorrow"), 11, "found 'tomorrow'");
        assertFilterError(() -> DateFilterParser.parse("0 days"), 1, "at least 1");
        assertFilterError(() -> DateFilterParser.parse("3 days ago for 0 days"), 16, "at least 1");
        assertFilterError(() -> DateFilterParser.parse("99999999 days"), 1, "at most 1000000");
        assertFilterError(() -> DateFilterParser.parse("NOT 5"), 5, "expected 'NULL', found '5'");
        assertFilterError(() -> DateFilterParser.parse("-today"), 1, "found '-today'");
        assertFilterError(() -> DateFilterParser.parse("today for ever"), 11, "a count and a unit");
        assertFilterError(() -> DateFilterParser.parse("2018 to next"), 9, "expected a date such as 2018-05-18");
        assertFilterError(() -> DateFilterParser.parse("on or before today"), 7, "expected 'after', found 'before'");
    }

    @Test
    void hostileInputIsRejected() {
        assertFilterError(() -> DateFilterParser.parse("'; DROP TABLE x; --"), 1, "found '';'");
        assertFilterError(() -> DateFilterParser.parse("today' OR 1=1 --"), 1, "found 'today''");
        assertFilterError(() -> DateFilterParser.parse("x".repeat(10_001)), 10_001, "at most");
        assertThat(parse(String.join(",", java.util.Collections.nCopies(1_000, "today")))).hasSize(1_000);
    }

    @Test
    void blankMeansNoCondition() {
        assertThat(DateFilterParser.parse(" ")).isEmpty();
        assertThat(FilterExpressions.parse("1 years", FilterKind.DATE))
                .contains(new DateFilter(List.of(units(DateUnit.YEAR, 0, 1))));
    }
}
