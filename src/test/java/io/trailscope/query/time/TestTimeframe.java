package io.trailscope.query.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TestTimeframe {
    /** Every timeframe name listed in lookml.md §2.4, with the millisecond widths that divide a second. */
    private static final List<String> LOOKML_NAMES = List.of("raw", "time", "time_of_day", "date", "week",
            "week_of_year", "day_of_week", "day_of_week_index", "day_of_month", "day_of_year", "month", "month_num",
            "month_name", "quarter", "quarter_of_year", "year", "fiscal_year", "fiscal_quarter",
            "fiscal_quarter_of_year", "fiscal_month_num", "hour", "hour2", "hour3", "hour4", "hour6", "hour8",
            "hour12", "hour_of_day", "minute", "minute2", "minute3", "minute4", "minute5", "minute6", "minute10",
            "minute12", "minute15", "minute20", "minute30", "second", "millisecond", "millisecond2", "millisecond4",
            "millisecond5", "millisecond8", "millisecond10", "millisecond20", "millisecond25", "millisecond40",
            "millisecond50", "millisecond100", "millisecond125", "millisecond200", "millisecond250",
            "millisecond500", "microsecond", "yesno");

    @Test
    void everyLookmlNameIsKnownAndNothingElse() {
        assertThat(Arrays.stream(Timeframe.values()).map(Timeframe::lookmlName))
                .containsExactlyInAnyOrderElementsOf(LOOKML_NAMES);
        for (String name : LOOKML_NAMES) {
            assertThat(Timeframe.fromName(name)).map(Timeframe::lookmlName).contains(name);
        }
        assertThat(Timeframe.fromName("MINUTE15")).contains(Timeframe.MINUTE15);
        assertThat(Timeframe.fromName("minute7")).isEmpty();
        assertThat(Timeframe.fromName("hour5")).isEmpty();
        assertThat(Timeframe.fromName("day")).isEmpty();
    }

    @Test
    void kindsAndTruncations() {
        assertThat(Timeframe.RAW.kind()).isEqualTo(TimeframeKind.TIMESTAMP);
        assertThat(Timeframe.RAW.truncation()).isEmpty();
        assertThat(Timeframe.TIME.truncation()).contains(Truncation.to(TruncationUnit.SECOND));
        assertThat(Timeframe.MINUTE15.truncation()).contains(new Truncation(TruncationUnit.MINUTE, 15));
        assertThat(Timeframe.HOUR6.truncation()).contains(new Truncation(TruncationUnit.HOUR, 6));
        assertThat(Timeframe.MILLISECOND250.truncation()).contains(new Truncation(TruncationUnit.MILLISECOND, 250));
        assertThat(Timeframe.DATE.kind()).isEqualTo(TimeframeKind.DATE);
        assertThat(Timeframe.WEEK.truncation()).contains(Truncation.to(TruncationUnit.WEEK));
        assertThat(Timeframe.FISCAL_QUARTER.truncation()).contains(Truncation.to(TruncationUnit.FISCAL_QUARTER));
        assertThat(Timeframe.HOUR_OF_DAY.kind()).isEqualTo(TimeframeKind.NUMBER);
        assertThat(Timeframe.HOUR_OF_DAY.truncation()).isEmpty();
        assertThat(Timeframe.DAY_OF_WEEK.kind()).isEqualTo(TimeframeKind.STRING);
        assertThat(Timeframe.MONTH_NAME.kind()).isEqualTo(TimeframeKind.STRING);
        assertThat(Timeframe.YESNO.kind()).isEqualTo(TimeframeKind.YESNO);
    }

    @Test
    void stepsDivideTheNextUnit() {
        for (Timeframe timeframe : Timeframe.values()) {
            timeframe.truncation().ifPresent(t -> {
                int next = switch (t.unit()) {
                    case MICROSECOND, MILLISECOND -> 1000;
                    case SECOND, MINUTE -> 60;
                    case HOUR -> 24;
                    case DAY, WEEK, MONTH, QUARTER, YEAR, FISCAL_QUARTER, FISCAL_YEAR -> 1;
                };
                assertThat(next % t.step()).as(timeframe.lookmlName()).isZero();
            });
        }
    }

    @Test
    void timeOfDayTimeframes() {
        assertThat(Timeframe.MINUTE30.needsTimeOfDay()).isTrue();
        assertThat(Timeframe.HOUR_OF_DAY.needsTimeOfDay()).isTrue();
        assertThat(Timeframe.TIME.needsTimeOfDay()).isTrue();
        assertThat(Timeframe.DATE.needsTimeOfDay()).isFalse();
        assertThat(Timeframe.WEEK.needsTimeOfDay()).isFalse();
        assertThat(Timeframe.DAY_OF_WEEK.needsTimeOfDay()).isFalse();
        assertThat(Timeframe.RAW.needsTimeOfDay()).isFalse();
    }

    @Test
    void durationUnits() {
        assertThat(Arrays.stream(DurationUnit.values()).map(DurationUnit::lookmlName))
                .containsExactly("second", "minute", "hour", "day", "week", "month", "quarter", "year");
        assertThat(DurationUnit.fromName("Day")).contains(DurationUnit.DAY);
        assertThat(DurationUnit.fromName("days")).isEmpty();
        assertThat(DurationUnit.HOUR.fieldName("open")).isEqualTo("hours_open");
    }
}
