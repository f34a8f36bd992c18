package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** {@code base} moved by {@code amount} units: the end of {@code X for N units}. */
public record Shifted(DatePoint base, long amount, DateUnit unit) implements DatePoint {
    public Shifted {
        requireNonNull(base, "base is null");
        requireNonNull(unit, "unit is null");
    }

    @Override
    public LocalDateTime resolve(DateCalendar calendar) {
        return calendar.plus(base.resolve(calendar), amount, unit);
    }
}
