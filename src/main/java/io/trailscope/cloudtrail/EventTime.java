package io.trailscope.cloudtrail;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.OptionalLong;

/**
 * Parses CloudTrail's eventTime into microseconds since the epoch (UTC). The common
 * {@code 2017-06-01T00:02:57Z} form takes a fast path; the quirks seen in real logs (space for T,
 * no zone, fractions up to nanoseconds, offsets) take a lenient one; anything else is absent.
 */
public final class EventTime {
    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter()
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private EventTime() {
    }

    public static OptionalLong parseMicros(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        if (text.length() == 20 && text.charAt(19) == 'Z' && text.charAt(10) == 'T') {
            long fast = fastPath(text);
            if (fast != Long.MIN_VALUE) {
                return OptionalLong.of(fast);
            }
        }
        return lenient(text.trim());
    }

    private static long fastPath(String t) {
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || t.charAt(4) != '-' || t.charAt(7) != '-'
                || t.charAt(13) != ':' || t.charAt(16) != ':' || month < 1 || month > 12 || day < 1
                || day > java.time.YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 24 + hour) * 60 + minute) * 60_000_000L + second * 1_000_000L;
    }

    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097L + dayOfEra - 719468;
    }

    private static OptionalLong lenient(String text) {
        try {
            java.time.temporal.TemporalAccessor parsed = LENIENT.parse(text);
            LocalDateTime local = LocalDateTime.of(
                    parsed.get(ChronoField.YEAR), parsed.get(ChronoField.MONTH_OF_YEAR),
                    parsed.get(ChronoField.DAY_OF_MONTH), parsed.get(ChronoField.HOUR_OF_DAY),
                    parsed.get(ChronoField.MINUTE_OF_HOUR),
                    parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                    parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            OffsetDateTime instant = local.atOffset(offset);
            return OptionalLong.of(instant.toEpochSecond() * 1_000_000L + instant.getNano() / 1000);
        } catch (java.time.DateTimeException e) {
            return OptionalLong.empty();
        }
    }
}
