package io.trailscope.query.filter;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A half-open interval {@code start <= x < end} of wall-clock times in the query time zone; an absent bound is
 * unbounded. With neither bound the interval means {@code x IS NOT NULL}.
 */
public record DateInterval(Optional<LocalDateTime> start, Optional<LocalDateTime> end) {
    public DateInterval {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
    }

    public static DateInterval between(LocalDateTime start, LocalDateTime end) {
        return new DateInterval(Optional.of(start), Optional.of(end));
    }

    public static DateInterval atOrAfter(LocalDateTime start) {
        return new DateInterval(Optional.of(start), Optional.empty());
    }

    public static DateInterval before(LocalDateTime end) {
        return new DateInterval(Optional.empty(), Optional.of(end));
    }

    public static DateInterval unbounded() {
        return new DateInterval(Optional.empty(), Optional.empty());
    }

    /** The start as an instant; a wall-clock time skipped by DST moves forward, a repeated one takes the earlier. */
    public Optional<Instant> startInstant(ZoneId zone) {
        return start.map(t -> t.atZone(zone).toInstant());
    }

    /** The end as an instant, with the same DST rule as {@link #startInstant}. */
    public Optional<Instant> endInstant(ZoneId zone) {
        return end.map(t -> t.atZone(zone).toInstant());
    }
}
