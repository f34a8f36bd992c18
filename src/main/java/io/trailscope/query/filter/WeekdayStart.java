package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/** {@code monday}: midnight of the most recent such day, today included. */
public record WeekdayStart(DayOfWeek day) implements DatePoint {
    public WeekdayStart {
        requireNonNull(day, "day is null");
    }

    @Override
    public LocalDateTime resolve(DateCalendar calendar) {
        return calendar.now().toLocalDate().with(TemporalAdjusters.previousOrSame(day)).atStartOfDay();
    }
}
