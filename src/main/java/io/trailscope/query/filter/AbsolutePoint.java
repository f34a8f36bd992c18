package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/** A written date or time, such as the start of {@code 2018-05} or {@code 2018-05-18 12:00}. */
public record AbsolutePoint(LocalDateTime at) implements DatePoint {
    public AbsolutePoint {
        requireNonNull(at, "at is null");
    }

    @Override
    public LocalDateTime resolve(DateCalendar calendar) {
        return at;
    }
}
