package io.trailscope.query.filter;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Optional;

/**
 * The grammar of one date term, with cur(u) = the start of the current unit u:
 * <pre>
 * NULL | NOT NULL
 * before A | after A | on or after A          A: this/next/last u, today..., monday..., N u ago,
 *                                                N u from now, or an absolute date
 * this u [to u2]          [cur(u), cur(u)+1u)  or  [cur(u), cur(u2))
 * next u | last u         the one unit after / before the current one
 * N u | last N u          [cur(u)-(N-1)u, cur(u)+1u): the past N units, the current partial one included
 * N u ago [for M v]       [cur(u)-Nu, +1u)  or  [cur(u)-Nu, +M v)
 * N u from now [for M v]  [cur(u)+Nu, +1u)  or  [cur(u)+Nu, +M v)
 * today|yesterday|tomorrow|monday... [for M v]
 * ABSOLUTE [to ABSOLUTE | for M v]
 * </pre>
 */
final class DateTermParser {
    private static final int MAX_COUNT = 1_000_000;
    private static final String A_TERM =
            "a date expression such as today, 7 days, last week, 3 days ago, 2018-05-18 or NULL";
    private static final String AN_ANCHOR =
            "a date or time such as 2018-05-18, today, monday, 3 days ago or this week";
    private static final String A_UNIT =
            "a unit (second, minute, hour, day, week, month, quarter, year, fiscal quarter or fiscal year)";

    private final DateWords words;

    private DateTermParser(DateWords words) {
        this.words = words;
    }

    static DateTerm parse(DateWords words) {
        DateTerm term = new DateTermParser(words).term();
        if (!words.atEnd()) {
            throw words.expected("',' or end of expression");
        }
        return term;
    }

    private DateTerm term() {
        if (words.keyword("NULL")) {
            return new IsNull();
        }
        if (words.keyword("NOT")) {
            words.require("NULL");
            return new IsNotNull();
        }
        if (words.keyword("before")) {
            return new Before(anchor());
        }
        if (words.keyword("after")) {
            return new After(anchor());
        }
        if (words.keyword("on")) {
            words.require("or");
            words.require("after");
            return new After(anchor());
        }
        return span();
    }

    private DateSpan span() {
        if (words.keyword("this")) {
            DateUnit unit = unit();
            if (words.keyword("to")) {
                return new DateSpan(new UnitStart(unit, 0), new UnitStart(unit(), 0));
            }
            return unitSpan(unit, 0);
        }
        if (words.keyword("next")) {
            return unitSpan(unit(), 1);
        }
        if (words.keyword("last")) {
            if (startsCount()) {
                int count = count(1);
                return past(count, unit());
            }
            return unitSpan(unit(), -1);
        }
        Optional<DateSpan> day = namedDay();
        if (day.isPresent()) {
            return finish(day.get().start(), day.get().end());
        }
        if (startsCount()) {
            return countedSpan();
        }
        Optional<DateSpan> absolute = AbsoluteDates.parse(words);
        if (absolute.isPresent()) {
            if (words.keyword("to")) {
                DateSpan end = AbsoluteDates.parse(words).orElseThrow(() -> words.expected("a date such as 2018-05-18"));
                return new DateSpan(absolute.get().start(), end.start());
            }
            return finish(absolute.get().start(), absolute.get().end());
        }
        throw words.expected(A_TERM);
    }

    private DateSpan countedSpan() {
        int countColumn = words.peek(0).map(DateWords.Word::column).orElse(1);
        int count = count(0);
        DateUnit unit = unit();
        if (words.keyword("ago")) {
            return finish(new UnitStart(unit, -count), new UnitStart(unit, 1 - count));
        }
        if (words.keyword("from")) {
            words.require("now");
            return finish(new UnitStart(unit, count), new UnitStart(unit, count + 1));
        }
        if (count == 0) {
            throw words.error(countColumn, "expected a count of at least 1 in 'N units' (or use 'ago' or 'from now')");
        }
        return past(count, unit);
    }

    private DatePoint anchor() {
        if (words.keyword("this")) {
            return new UnitStart(unit(), 0);
        }
        if (words.keyword("next")) {
            return new UnitStart(unit(), 1);
        }
        if (words.keyword("last")) {
            return new UnitStart(unit(), -1);
        }
        Optional<DateSpan> day = namedDay();
        if (day.isPresent()) {
            return day.get().start();
        }
        if (startsCount()) {
            int count = count(0);
            DateUnit unit = unit();
            if (words.keyword("ago")) {
                return new UnitStart(unit, -count);
            }
            if (words.keyword("from")) {
                words.require("now");
                return new UnitStart(unit, count);
            }
            throw words.expected("'ago' or 'from now'");
        }
        return AbsoluteDates.parse(words).map(DateSpan::start).orElseThrow(() -> words.expected(AN_ANCHOR));
    }

    /** {@code for M units} after a start, or the form's own end. */
    private DateSpan finish(DatePoint start, DatePoint end) {
        if (!words.keyword("for")) {
            return new DateSpan(start, end);
        }
        if (!startsCount()) {
            throw words.expected("a count and a unit such as 3 days");
        }
        int count = count(1);
        return new DateSpan(start, new Shifted(start, count, unit()));
    }

    private static DateSpan unitSpan(DateUnit unit, int offset) {
        return new DateSpan(new UnitStart(unit, offset), new UnitStart(unit, offset + 1L));
    }

    private static DateSpan past(int count, DateUnit unit) {
        return new DateSpan(new UnitStart(unit, 1L - count), new UnitStart(unit, 1));
    }

    /** {@code today}, {@code yesterday}, {@code tomorrow} or a weekday name, consumed if it comes next. */
    private Optional<DateSpan> namedDay() {
        Optional<DateSpan> day = words.peek(0).flatMap(w -> namedDay(w.text().toLowerCase(Locale.ROOT)));
        day.ifPresent(p -> words.next("a day"));
        return day;
    }

    private static Optional<DateSpan> namedDay(String word) {
        switch (word) {
            case "today":
                return Optional.of(unitSpan(DateUnit.DAY, 0));
            case "yesterday":
                return Optional.of(unitSpan(DateUnit.DAY, -1));
            case "tomorrow":
                return Optional.of(unitSpan(DateUnit.DAY, 1));
            default:
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (day.name().toLowerCase(Locale.ROOT).equals(word)) {
                        WeekdayStart start = new WeekdayStart(day);
                        return Optional.of(new DateSpan(start, new Shifted(start, 1, DateUnit.DAY)));
                    }
                }
                return Optional.empty();
        }
    }

    /** A count comes next: digits followed by a unit word (otherwise digits are a year). */
    private boolean startsCount() {
        boolean digits = words.peek(0).map(w -> w.text().chars().allMatch(c -> c >= '0' && c <= '9')).orElse(false);
        return digits && words.peek(1).map(w -> w.is("fiscal") || DateUnit.fromKeyword(w.text()).isPresent())
                .orElse(false);
    }

    private int count(int minimum) {
        DateWords.Word word = words.next("a count");
        String text = word.text();
        if (text.length() > 7 || Integer.parseInt(text) > MAX_COUNT) {
            throw words.error(word.column(), "expected a count of at most " + MAX_COUNT + ", found " + text);
        }
        int count = Integer.parseInt(text);
        if (count < minimum) {
            throw words.error(word.column(), "expected a count of at least " + minimum + ", found " + text);
        }
        return count;
    }

    private DateUnit unit() {
        DateWords.Word word = words.next(A_UNIT);
        String text = word.text();
        if (word.is("fiscal")) {
            DateWords.Word fiscalUnit = words.next("quarter or year after 'fiscal'");
            text = "fiscal " + fiscalUnit.text();
            if (DateUnit.fromKeyword(text).isEmpty()) {
                throw words.error(fiscalUnit.column(),
                        "expected quarter or year after 'fiscal', found '" + fiscalUnit.text() + "'");
            }
        }
        return DateUnit.fromKeyword(text)
                .orElseThrow(() -> words.error(word.column(), "expected " + A_UNIT + ", found '" + word.text() + "'"));
    }
}
