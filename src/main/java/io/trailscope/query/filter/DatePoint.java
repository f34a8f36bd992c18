package io.trailscope.query.filter;

import java.time.LocalDateTime;

/** A moment named by a date expression, fixed once "now" and the calendar settings are known. */
public sealed interface DatePoint permits AbsolutePoint, UnitStart, WeekdayStart, FiscalQuarterStart, Shifted {
    LocalDateTime resolve(DateCalendar calendar);
}
