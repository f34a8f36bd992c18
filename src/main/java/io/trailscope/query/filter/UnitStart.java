package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** cur(unit) + offset units: {@code offset} 0 is the start of the current unit, -1 of the previous one. */
public record UnitStart(DateUnit unit, long offset) implements DatePoint {
    public UnitStart {
        requireNonNull(unit, "unit is null");
    }

    @Override
    public LocalDateTime resolve(DateCalendar calendar) {
        return calendar.plus(calendar.startOf(unit, calendar.now()), offset, unit);
    }
}
