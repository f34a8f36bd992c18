package io.trailscope.query.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.trailscope.error.ErrorCode;
import io.trailscope.error.TrailException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Resolution in the query time zone, around US daylight-saving changes (2026-03-08 and 2026-11-01). */
final class TestDateFilterResolverTimeZones {
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final DateFilterResolver RESOLVER = DateFilterResolver.withDefaults();

    private static ResolvedDateFilter resolve(String expression, ZonedDateTime now) {
        return RESOLVER.resolve(DateFilterParser.parse(expression).orElseThrow(), now);
    }

    private static DateInterval between(String start, String end) {
        return DateInterval.between(LocalDateTime.parse(start), LocalDateTime.parse(end));
    }

    @Test
    void wallClockBoundsInUtcAndInLosAngeles() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 27, 10, 15, 30, 0, ZoneOffset.UTC);
        ZonedDateTime losAngeles = ZonedDateTime.of(2026, 11, 27, 10, 15, 30, 0, LOS_ANGELES);
        assertThat(resolve("7 days", utc).intervals()).containsExactly(between("2026-11-21T00:00", "2026-11-28T00:00"));
        assertThat(resolve("7 days", losAngeles).intervals())
                .containsExactly(between("2026-11-21T00:00", "2026-11-28T00:00"));
        assertThat(resolve("7 days", losAngeles).zone()).isEqualTo(LOS_ANGELES);
        DateInterval week = resolve("this week", losAngeles).intervals().get(0);
        assertThat(week).isEqualTo(between("2026-11-23T00:00", "2026-11-30T00:00"));
        assertThat(week.startInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(resolve("48 hours", utc).intervals()).containsExactly(between("2026-11-25T11:00", "2026-11-27T11:00"));
        assertThat(resolve("1 years", utc).intervals()).containsExactly(between("2026-01-01T00:00", "2027-01-01T00:00"));
    }

    @Test
    void theSameInstantIsADifferentDayInAnotherZone() {
        Instant instant = Instant.parse("2026-11-27T05:00:00Z");
        assertThat(resolve("today", instant.atZone(ZoneOffset.UTC)).intervals())
                .containsExactly(between("2026-11-27T00:00", "2026-11-28T00:00"));
        DateInterval today = resolve("today", instant.atZone(LOS_ANGELES)).intervals().get(0);
        assertThat(today).isEqualTo(between("2026-11-26T00:00", "2026-11-27T00:00"));
        assertThat(today.startInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-26T08:00:00Z"));
        assertThat(today.endInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void rangesAcrossTheEndOfDaylightSavingTime() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 27, 10, 15, 30, 0, LOS_ANGELES);
        DateInterval fourWeeks = resolve("4 weeks", now).intervals().get(0);
        assertThat(fourWeeks).isEqualTo(between("2026-11-02T00:00", "2026-11-30T00:00"));
        DateInterval fiveWeeks = resolve("5 weeks", now).intervals().get(0);
        assertThat(fiveWeeks).isEqualTo(between("2026-10-26T00:00", "2026-11-30T00:00"));
        assertThat(fiveWeeks.startInstant(LOS_ANGELES)).contains(Instant.parse("2026-10-26T07:00:00Z"));
        assertThat(fiveWeeks.endInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-30T08:00:00Z"));
    }

    @Test
    void onTheDayDaylightSavingTimeEndsADayHas25Hours() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 1, 10, 15, 30, 0, LOS_ANGELES);
        DateInterval today = resolve("today", now).intervals().get(0);
        assertThat(today.startInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-01T07:00:00Z"));
        assertThat(today.endInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-02T08:00:00Z"));
        DateInterval hours = resolve("24 hours", now).intervals().get(0);
        assertThat(hours).isEqualTo(between("2026-10-31T11:00", "2026-11-01T11:00"));
        assertThat(hours.startInstant(LOS_ANGELES)).contains(Instant.parse("2026-10-31T18:00:00Z"));
        assertThat(hours.endInstant(LOS_ANGELES)).contains(Instant.parse("2026-11-01T19:00:00Z"));
    }

    @Test
    void aBoundInTheSpringGapMovesForward() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 8, 10, 15, 30, 0, LOS_ANGELES);
        DateInterval hours = resolve("9 hours", now).intervals().get(0);
        assertThat(hours).isEqualTo(between("2026-03-08T02:00", "2026-03-08T11:00"));
        assertThat(hours.startInstant(LOS_ANGELES)).contains(Instant.parse("2026-03-08T10:00:00Z"));
        assertThat(hours.endInstant(LOS_ANGELES)).contains(Instant.parse("2026-03-08T18:00:00Z"));
    }

    @Test
    void unionsAndNulls() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 27, 10, 15, 30, 0, ZoneOffset.UTC);
        ResolvedDateFilter resolved = resolve("today, 7 days ago, NULL, after 2030-01-01", now);
        assertThat(resolved.includesNull()).isTrue();
        assertThat(resolved.intervals()).containsExactly(
                between("2026-11-27T00:00", "2026-11-28T00:00"),
                between("2026-11-20T00:00", "2026-11-21T00:00"),
                DateInterval.atOrAfter(LocalDateTime.parse("2030-01-01T00:00")));
        ResolvedDateFilter onlyNull = resolve("NULL", now);
        assertThat(onlyNull.intervals()).isEmpty();
        assertThat(onlyNull.includesNull()).isTrue();
        assertThat(resolve("NOT NULL", now).intervals())
                .containsExactly(new DateInterval(Optional.empty(), Optional.empty()));
        assertThat(DateInterval.unbounded().startInstant(LOS_ANGELES)).isEmpty();
    }

    @Test
    void farDatesStayInRangeAndBadSettingsAreRefused() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 27, 10, 15, 30, 0, ZoneOffset.UTC);
        assertThat(resolve("1000000 years from now for 1000000 years", now).intervals())
                .containsExactly(between("+1002026-01-01T00:00", "+2002026-01-01T00:00"));
        assertThat(resolve("9999 for 1000000 quarters", now).intervals())
                .containsExactly(between("9999-01-01T00:00", "+259999-01-01T00:00"));
        TrailException error = Assertions.catchThrowableOfType(TrailException.class,
                () -> new DateFilterResolver(DayOfWeek.MONDAY, 12));
        assertThat(error.errorCode()).isEqualTo(ErrorCode.MODEL_INVALID);
    }
}
