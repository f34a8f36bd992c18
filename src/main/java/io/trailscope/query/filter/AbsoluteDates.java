package io.trailscope.query.filter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute periods: {@code 2018}, {@code 2018-05} or {@code 2018/05}, {@code 2018-05-18} or {@code 2018/05/18},
 * optionally followed by {@code HH:MM} or {@code HH:MM:SS}, {@code 2018-Q2}, {@code FY2018}, {@code FY2018-Q1}.
 * Months, days and time parts need two digits: Looker reads {@code 2016-1} as an offset, we refuse it.
 */
final class AbsoluteDates {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/](\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{2})[-/](\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})[-/][Qq]([1-4])");
    private static final Pattern FISCAL = Pattern.compile("[Ff][Yy](\\d{4})(?:[-/][Qq]([1-4]))?");
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})(?::(\\d{2}))?");
    private static final Pattern DATE_LIKE = Pattern.compile("(\\d{4}[-/].*)|([Ff][Yy]\\d.*)");
    private static final String A_DATE = "a date such as 2018, 2018-05, 2018-05-18, 2018-05-18 12:00, 2018-Q2 or FY2018";

    private AbsoluteDates() {}

    /** The period named by the next word(s), consumed; empty (nothing consumed) if they are not a date. */
    static Optional<DateSpan> parse(DateWords words) {
        Optional<DateWords.Word> next = words.peek(0);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        DateWords.Word word = next.get();
        String text = word.text();
        Optional<DateSpan> span;
        try {
            Matcher day = DAY.matcher(text);
            if (day.matches()) {
                words.next(A_DATE);
                return Optional.of(withTime(words, LocalDate.of(group(day, 1), group(day, 2), group(day, 3))));
            }
            span = calendarPeriod(text).or(() -> fiscalPeriod(text));
        } catch (DateTimeException e) {
            throw words.error(word.column(), "expected a valid calendar date, found '" + text + "'");
        }
        if (span.isPresent()) {
            words.next(A_DATE);
            return span;
        }
        if (DATE_LIKE.matcher(text).matches()) {
            throw words.error(word.column(), "expected " + A_DATE + ", found '" + text + "'");
        }
        return span;
    }

    private static Optional<DateSpan> calendarPeriod(String text) {
        Matcher m = MONTH.matcher(text);
        if (m.matches()) {
            LocalDate month = LocalDate.of(group(m, 1), group(m, 2), 1);
            return Optional.of(span(month.atStartOfDay(), month.plusMonths(1).atStartOfDay()));
        }
        m = QUARTER.matcher(text);
        if (m.matches()) {
            LocalDate quarter = LocalDate.of(group(m, 1), 3 * group(m, 2) - 2, 1);
            return Optional.of(span(quarter.atStartOfDay(), quarter.plusMonths(3).atStartOfDay()));
        }
        m = YEAR.matcher(text);
        if (m.matches()) {
            LocalDate year = LocalDate.of(group(m, 1), 1, 1);
            return Optional.of(span(year.atStartOfDay(), year.plusYears(1).atStartOfDay()));
        }
        return Optional.empty();
    }

    private static Optional<DateSpan> fiscalPeriod(String text) {
        Matcher m = FISCAL.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            FiscalQuarterStart start = new FiscalQuarterStart(group(m, 1), 1);
            return Optional.of(new DateSpan(start, new Shifted(start, 1, DateUnit.FISCAL_YEAR)));
        }
        FiscalQuarterStart start = new FiscalQuarterStart(group(m, 1), group(m, 2));
        return Optional.of(new DateSpan(start, new Shifted(start, 1, DateUnit.FISCAL_QUARTER)));
    }

    /** {@code 2018-05-18} is that day, {@code 2018-05-18 12:00} that minute, {@code 2018-05-18 12:00:30} that second. */
    private static DateSpan withTime(DateWords words, LocalDate date) {
        Optional<Matcher> time = words.peek(0).map(w -> TIME.matcher(w.text())).filter(Matcher::matches);
        if (time.isEmpty()) {
            return span(date.atStartOfDay(), date.plusDays(1).atStartOfDay());
        }
        Matcher m = time.get();
        DateWords.Word word = words.next("a time");
        try {
            if (m.group(3) == null) {
                LocalDateTime start = date.atTime(LocalTime.of(group(m, 1), group(m, 2)));
                return span(start, start.plusMinutes(1));
            }
            LocalDateTime start = date.atTime(LocalTime.of(group(m, 1), group(m, 2), group(m, 3)));
            return span(start, start.plusSeconds(1));
        } catch (DateTimeException e) {
            throw words.error(word.column(), "expected a valid time such as 12:00 or 23:59:59, found '"
                    + word.text() + "'");
        }
    }

    private static DateSpan span(LocalDateTime start, LocalDateTime end) {
        return new DateSpan(new AbsolutePoint(start), new AbsolutePoint(end));
    }

    private static int group(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
