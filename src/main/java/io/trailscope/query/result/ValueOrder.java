package io.trailscope.query.result;

import io.trailscope.query.time.Timeframe;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders result values as Looker sorts them: numbers by value, dates by time, day and month names in calendar
 * order (weeks from the week start), everything else as text; NULL last.
 */
final class ValueOrder {
    private ValueOrder() {}

    static Comparator<Object> of(Optional<Timeframe> timeframe, DayOfWeek weekStart) {
        Comparator<Object> values = (left, right) -> compare(left, right, timeframe, weekStart);
        return Comparator.nullsLast(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object left, Object right, Optional<Timeframe> timeframe, DayOfWeek weekStart) {
        if (timeframe.isPresent() && left instanceof String a && right instanceof String b) {
            Optional<Integer> first = calendarIndex(timeframe.get(), a, weekStart);
            Optional<Integer> second = calendarIndex(timeframe.get(), b, weekStart);
            if (first.isPresent() && second.isPresent()) {
                return Integer.compare(first.get(), second.get());
            }
        }
        if (left instanceof Number a && right instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
        }
        if (left instanceof Comparable a && left.getClass() == right.getClass()) {
            return a.compareTo(right);
        }
        return left.toString().compareTo(right.toString());
    }

    private static Optional<Integer> calendarIndex(Timeframe timeframe, String name, DayOfWeek weekStart) {
        if (timeframe == Timeframe.DAY_OF_WEEK) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                    return Optional.of(Math.floorMod(day.getValue() - weekStart.getValue(), 7));
                }
            }
        }
        if (timeframe == Timeframe.MONTH_NAME) {
            for (Month month : Month.values()) {
                if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                    return Optional.of(month.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
